package io.fascia.review.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.review.review.ReviewRequest;
import io.fascia.review.review.ReviewService;
import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Comments and replies wait for an admin; identifying or health details are flagged; the public sees only approved text. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ModerationTest {

    private static final UUID THERAPIST = UUID.randomUUID();
    private static UUID flaggedReview;
    private static UUID plainReview;

    @Inject
    ReviewFixtures sessions;

    @Inject
    ReviewService reviews;

    @BeforeEach
    void twoReviews() {
        if (flaggedReview != null) {
            return;
        }
        sessions.therapist(THERAPIST, "therapist-moderated");
        flaggedReview = review("client-talkative", "Great work! Text me on 503 555 0142 if you want her details.");
        plainReview = review("client-quiet", "Sore for a day, then much better.");
    }

    private UUID review(String client, String comment) {
        UUID booking = sessions.completed(THERAPIST, client, "sciatica", 7, "MEDICAL");
        return reviews.review(client, booking, new ReviewRequest(3, 1, 6, true, true, true, null, true, comment)).id();
    }

    @Test
    @TestSecurity(user = "moderator", roles = "admin")
    void theQueueShowsFlagsAndDecisionsAreFinal() {
        given().queryParam("kind", "comment").queryParam("size", 100).when().get("/api/v1/review/admin/moderation")
                .then().statusCode(200)
                .body("items.findAll { it.reviewId == '" + flaggedReview + "' }[0].flags", contains("PHONE_NUMBER"))
                .body("items.findAll { it.reviewId == '" + flaggedReview + "' }[0].marks", contains(
                        Map.of("flag", "PHONE_NUMBER", "start", 23, "end", 35)))
                .body("items.findAll { it.reviewId == '" + plainReview + "' }[0].flags", equalTo(java.util.List.of()));
        given().contentType(ContentType.JSON).body(Map.of("text", " "))
                .when().post("/api/v1/review/admin/moderation/comment/" + flaggedReview + "/reject")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "Contains a phone number"))
                .when().post("/api/v1/review/admin/moderation/comment/" + flaggedReview + "/reject")
                .then().statusCode(204);
        given().when().post("/api/v1/review/admin/moderation/comment/" + plainReview + "/approve").then().statusCode(204);
        given().when().post("/api/v1/review/admin/moderation/comment/" + plainReview + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().post("/api/v1/review/admin/moderation/sticker/" + plainReview + "/approve")
                .then().statusCode(400).body("errors.field", contains("kind"));

        given().queryParam("targetId", flaggedReview.toString()).when().get("/api/v1/review/admin/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("comment.rejected"))
                .body("items[0].actor", equalTo("moderator"))
                .body("items[0].reason", equalTo("Contains a phone number"));
        given().queryParam("action", "comment.approved").queryParam("targetId", plainReview.toString())
                .when().get("/api/v1/review/admin/audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].targetType", equalTo("review"));

        given().when().get("/api/v1/review/therapists/" + THERAPIST + "/reviews")
                .then().statusCode(200)
                .body("items.comment", hasItem("Sore for a day, then much better."))
                .body("items.comment", not(hasItem("Great work! Text me on 503 555 0142 if you want her details.")))
                .body("items.author", not(hasItem("client-quiet")))
                .body("items[0].author", equalTo("Verified client"));
    }

    @Test
    @TestSecurity(user = "therapist-moderated", roles = "therapist")
    void aTherapistRepliesOnceAndAHealthDisclosureIsFlagged() {
        given().contentType(ContentType.JSON).body(Map.of("text", "So glad your sciatica settled down, see you soon!"))
                .when().post("/api/v1/review/reviews/" + plainReview + "/reply")
                .then().statusCode(201).body("status", equalTo("PENDING")).body("flags", contains("CLIENT_HEALTH_DETAIL"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Thank you!"))
                .when().post("/api/v1/review/reviews/" + plainReview + "/reply")
                .then().statusCode(409);
        given().when().get("/api/v1/review/therapists/me/reviews").then().statusCode(200)
                .body("items.find { it.id == '" + plainReview + "' }.reply", nullValue())
                // The therapist alone sees their reply and that it waits for moderation.
                .body("items.find { it.id == '" + plainReview + "' }.myReply.status", equalTo("PENDING"))
                .body("items.find { it.id == '" + plainReview + "' }.myReply.text", startsWith("So glad"));
        given().when().get("/api/v1/review/therapists/" + THERAPIST + "/reviews").then().statusCode(200)
                .body("items.find { it.id == '" + plainReview + "' }.myReply", nullValue());
    }

    @Test
    @TestSecurity(user = "therapist-elsewhere", roles = "therapist")
    void anotherTherapistCannotReply() {
        sessions.therapist(UUID.randomUUID(), "therapist-elsewhere");
        given().contentType(ContentType.JSON).body(Map.of("text", "Not my client"))
                .when().post("/api/v1/review/reviews/" + flaggedReview + "/reply")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
