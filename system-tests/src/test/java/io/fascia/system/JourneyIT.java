package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static io.fascia.system.ApiSteps.allWeek;
import static io.fascia.system.ApiSteps.as;
import static io.fascia.system.ApiSteps.book;
import static io.fascia.system.ApiSteps.plan;
import static io.fascia.system.ApiSteps.profile;
import static io.fascia.system.ApiSteps.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The whole journey through the gateway with real Keycloak tokens, all services, PostgreSQL and
 * Kafka: a therapist is verified and found, booked (a racing second client loses), treats and
 * writes a plan; the client reviews, the directory's evidence follows, and a check-in falls due
 * and is answered. Waits are bounded; nothing sleeps a fixed time.
 */
@ExtendWith(WholeStack.class)
class JourneyIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String NEAR = "45.5301,-122.6612";
    /** Search shows scores to three decimals: half a unit of the last, and a float's error on top. */
    private static final double SEARCH_ROUNDING = 0.0006;

    @Test
    void aTherapistIsVerifiedFoundBookedTreatedAndReviewedAndTheEvidenceFollows() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // A therapist signs up, onboards, completes and publishes a listing, and submits credentials.
        String therapistName = "journey-therapist-" + suffix;
        Keycloak.createUser(therapistName);
        given().auth().oauth2(Keycloak.token(therapistName)).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Iris Vale, LMT " + suffix, "timeZone", "America/Los_Angeles"))
                .when().post("/api/v1/directory/onboarding").then().statusCode(201);
        String therapist = Keycloak.token(therapistName);
        String listingId = as(therapist).contentType(ContentType.JSON).body(profile("Iris Vale, LMT " + suffix))
                .when().put("/api/v1/directory/listings/me")
                .then().log().ifValidationFails().statusCode(200).extract().path("listing.id");
        as(therapist).contentType(ContentType.JSON).body(Map.of("kind", "FOLLOW_UP", "title", "Medical massage", "minutes", 60,
                "price", 120, "currency", "USD", "sessionType", "MEDICAL"))
                .when().post("/api/v1/directory/listings/me/offerings").then().statusCode(201);
        as(therapist).when().post("/api/v1/directory/listings/me/publish")
                .then().log().ifValidationFails().statusCode(200);
        String licence = submit(therapist, Map.of("type", "LICENSE", "issuer", "Oregon Board of Massage Therapists",
                "jurisdiction", "OR", "number", "LMT-" + suffix, "issuedOn", LocalDate.now().minusYears(2).toString(),
                "expiresOn", LocalDate.now().plusYears(1).toString()));
        String certificate = submit(therapist, Map.of("type", "MEDICAL_MASSAGE_CERTIFICATE", "issuer",
                "Institute of Medical Massage", "number", "MM-" + suffix, "issuedOn", LocalDate.now().minusYears(1).toString()));
        given().when().get(search()).then().statusCode(200).body("items.listingId", not(hasItem(listingId)));

        // An admin verifies both; the listing is found by condition near the client, with badges and reasons.
        String admin = Keycloak.token("demo-admin");
        for (String credential : List.of(licence, certificate)) {
            as(admin).contentType(ContentType.JSON).body(Map.of("note", "Checked with the issuer"))
                    .when().post("/api/v1/directory/admin/credentials/" + credential + "/verify")
                    .then().log().ifValidationFails().statusCode(200);
        }
        given().when().get(search()).then().statusCode(200)
                .body("items.find { it.listingId == '" + listingId + "' }.badges", hasItems("LICENSED", "MEDICAL_MASSAGE"))
                .body("items.find { it.listingId == '" + listingId + "' }.why.condition", equalTo("upper-back-pain"))
                .body("items.find { it.listingId == '" + listingId + "' }.why.matchedTechniques", hasItem("myofascial-release"));

        // The therapist opens a calendar once booking has their listing (an event away).
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() -> as(therapist).contentType(ContentType.JSON)
                .body(allWeek()).when().put("/api/v1/booking/availability/me").statusCode() == 200);
        String offering = given().when().get("/api/v1/directory/listings/" + listingId)
                .then().statusCode(200).extract().path("offerings[0].id");

        // Two clients race for the first open slot: one booking, one 409.
        String clientName = "journey-client-" + suffix;
        String rivalName = "journey-rival-" + suffix;
        Keycloak.createUser(clientName);
        Keycloak.createUser(rivalName);
        String client = Keycloak.token(clientName);
        String rival = Keycloak.token(rivalName);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String start = given().queryParam("offeringId", offering).queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.plusDays(6).toString())
                .when().get("/api/v1/booking/therapists/" + listingId + "/slots")
                .then().statusCode(200).extract().path("starts[0]");
        CompletableFuture<io.restassured.response.Response> first = CompletableFuture.supplyAsync(() -> book(client, listingId, offering, start));
        CompletableFuture<io.restassured.response.Response> second = CompletableFuture.supplyAsync(() -> book(rival, listingId, offering, start));
        List<Integer> statuses = new ArrayList<>(List.of(first.get().statusCode(), second.get().statusCode()));
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        boolean clientWon = first.get().statusCode() == 201;
        String winner = clientWon ? client : rival;
        String bookingId = (clientWon ? first : second).get().path("id");

        // The appointment takes place: the test moves it into the past, as the clock would.
        ApiSteps.moveIntoThePast(bookingId);

        // The therapist sees the intake, writes a plan with homecare and completes the session.
        as(therapist).when().get("/api/v1/booking/bookings/" + bookingId)
                .then().statusCode(200).body("intake.condition", equalTo("upper-back-pain"));
        as(therapist).contentType(ContentType.JSON).body(plan())
                .when().put("/api/v1/booking/schedule/bookings/" + bookingId + "/plan")
                .then().log().ifValidationFails().statusCode(201).body("homecare[0].name", equalTo("Doorway pec stretch"));
        as(therapist).when().post("/api/v1/booking/schedule/bookings/" + bookingId + "/complete")
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("COMPLETED"));
        as(winner).when().get("/api/v1/booking/plans/mine").then().statusCode(200).body("[0].plannedSessions", equalTo(6));

        // The client reviews once the completion has reached review-service.
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() -> as(winner)
                .when().get("/api/v1/review/sessions/reviewable").then().extract().<List<String>> path("bookingId")
                .contains(bookingId));
        as(winner).contentType(ContentType.JSON).body(Map.of("painAfter", 3, "sorenessDays", 2, "pgic", 6,
                "assessedBeforeTreatment", true, "planDiscussed", true, "homecareAssigned", true, "wouldRecommend", true,
                "comment", "Found the cause in my chest, not just my back."))
                .when().post("/api/v1/review/sessions/" + bookingId + "/review")
                .then().log().ifValidationFails().statusCode(201);

        // After the event chain the directory's evidence for that condition counts the review, as
        // pending: its 4-week check-in has not closed, so it is neither responder nor non-responder
        // and a fresh good review never ranks a new therapist below the prior (the evidence of a
        // listing without reviews).
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            io.restassured.path.json.JsonPath results = given().when().get(search()).then().statusCode(200).extract().jsonPath();
            String mine = "items.find { it.listingId == '" + listingId + "' }.why.evidence";
            assertThat(results.getInt(mine + ".reviews")).isEqualTo(1);
            assertThat(results.getInt(mine + ".settledReviews")).isZero();
            assertThat(results.<Object> get(mine + ".durableResponderShare")).isNull();
            double prior = given().when().get("/api/v1/review/therapists/" + listingId + "/outcomes").then().statusCode(200)
                    .extract().<Number> path("conditions.find { it.condition == 'upper-back-pain' }.platformDurableResponderShare")
                    .doubleValue();
            assertThat(results.<Number> get(mine + ".score").doubleValue()).as("a pending review leaves the prior")
                    .isCloseTo(prior, within(SEARCH_ROUNDING));
            for (Number withoutReviews : results.<Number> getList("items.findAll { it.why.evidence.reviews == 0 }.why.evidence.score")) {
                assertThat(results.<Number> get(mine + ".score").doubleValue()).as("not below a listing without reviews")
                        .isGreaterThanOrEqualTo(withoutReviews.doubleValue() - SEARCH_ROUNDING);
            }
        });

        // The first check-in falls due (15 s in this stack) and the client answers it.
        await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).until(() -> !as(winner)
                .when().get("/api/v1/review/check-ins/due").then().extract().<List<Object>> path("id").isEmpty());
        String checkIn = as(winner).when().get("/api/v1/review/check-ins/due").then().extract().path("[0].id");
        as(winner).contentType(ContentType.JSON).body(Map.of("painNow", 3, "pgic", 6, "stillDoingHomecare", true))
                .when().post("/api/v1/review/check-ins/" + checkIn).then().statusCode(204);
        given().when().get("/api/v1/review/therapists/" + listingId + "/outcomes")
                .then().statusCode(200).body("conditions[0].followUpResponseRate", equalTo(1.0f));

        // Review owns the evidence score; search ranks by the very number the public outcome page shows.
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Number published = given().when().get("/api/v1/review/therapists/" + listingId + "/outcomes").then().statusCode(200)
                    .extract().path("conditions.find { it.condition == 'upper-back-pain' }.shrunkScore");
            Number ranked = given().when().get(search()).then().statusCode(200)
                    .extract().path("items.find { it.listingId == '" + listingId + "' }.why.evidence.score");
            assertThat(ranked.doubleValue()).as("search's evidence score (3 decimals) against the outcome page's")
                    .isCloseTo(published.doubleValue(), within(SEARCH_ROUNDING));
        });
    }


    private static String search() {
        return "/api/v1/directory/search?condition=upper-back-pain&near=" + NEAR + "&radiusKm=3&size=50";
    }
}
