package io.fascia.review.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.review.review.ReviewRequest;
import io.fascia.review.review.ReviewService;
import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** A therapist's chart shows their own client's pain over sessions and check-ins; nobody else's. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class PainTrendTest {

    @Inject
    ReviewFixtures sessions;

    @Inject
    ReviewService reviews;

    @Inject
    CheckIns checkIns;

    @Inject
    ShiftableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "therapist-trend", roles = "therapist")
    void theClientsPainBeforeAfterAndAtEachAnsweredCheckIn() {
        UUID therapist = UUID.randomUUID();
        sessions.therapist(therapist, "therapist-trend");
        UUID first = sessions.completed(therapist, "client-trend", "upper-back-pain", 7, "MEDICAL");
        reviews.review("client-trend", first, new ReviewRequest(3, 1, 6, true, true, true, null, true, null));
        clock.travel(Duration.ofDays(8));
        CheckIns.Due week = checkIns.due("client-trend").get(0);
        checkIns.answer("client-trend", week.id(), new ReviewRequest.CheckInAnswer(4, 6, true));
        // A second session, not reviewed: its pain at booking still counts.
        clock.reset();
        sessions.completed(therapist, "client-trend", "upper-back-pain", 5, "MEDICAL");
        // Another client of the same therapist is not in this client's trend.
        sessions.completed(therapist, "client-other", "upper-back-pain", 9, "MEDICAL");

        given().when().get("/api/v1/review/therapists/me/clients/client-trend/pain-trend")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("points", hasSize(4))
                .body("points.measure", contains("BEFORE_SESSION", "AFTER_SESSION", "BEFORE_SESSION", "CHECK_IN"))
                .body("points.pain", contains(7, 3, 5, 4))
                .body("points[3].dueAfter", org.hamcrest.Matchers.equalTo("P7D"));
    }

    @Test
    @TestSecurity(user = "therapist-not-theirs", roles = "therapist")
    void anotherTherapistsClientIs404() {
        sessions.therapist(UUID.randomUUID(), "therapist-not-theirs");
        sessions.completed(UUID.randomUUID(), "client-elsewhere", "neck-pain", 6, "MEDICAL");
        given().when().get("/api/v1/review/therapists/me/clients/client-elsewhere/pain-trend")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-trend-self", roles = "client")
    void clientsHaveNoTherapistCharts() {
        given().when().get("/api/v1/review/therapists/me/clients/client-trend/pain-trend")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersAre401() {
        given().when().get("/api/v1/review/therapists/me/clients/client-trend/pain-trend")
                .then().statusCode(401);
    }
}
