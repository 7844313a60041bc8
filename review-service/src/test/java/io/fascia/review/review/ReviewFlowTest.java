package io.fascia.review.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.review.followup.CheckIns;
import io.fascia.review.followup.PainReported;
import io.fascia.review.outcome.OutcomeSnapshot;
import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A client reviews a completed session, answers the 1- and 4-week check-ins, and the outcomes follow. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ReviewFlowTest {

    @Inject
    ReviewFixtures sessions;

    @Inject
    ShiftableClock clock;

    @Inject
    CheckIns checkIns;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "client-lasting", roles = "client")
    void reliefThatLastsFourWeeksMakesADurableResponder() throws Exception {
        UUID therapist = UUID.randomUUID();
        UUID booking = sessions.completed(therapist, "client-lasting", "upper-back-pain", 7, "MEDICAL");
        given().when().get("/api/v1/review/sessions/reviewable")
                .then().statusCode(200).body("bookingId", hasItems(booking.toString()));

        given().contentType(ContentType.JSON).body(review(3, "Sore two days, then the burning was gone."))
                .when().post(reviewPath(booking))
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("baselinePain", equalTo(7)).body("painAfter", equalTo(3))
                .body("commentStatus", equalTo("PENDING"))
                .body("checkIns.dueAfter", contains("P7D", "P28D"))
                .body("checkIns.status", contains("OPEN", "OPEN"));
        given().when().get("/api/v1/review/check-ins/due").then().statusCode(200).body("size()", equalTo(0));
        // Until its 4-week check-in closes the review is pending: the score is exactly the prior.
        Map<String, Object> pending = given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().statusCode(200).body("conditions[0].reviewCount", equalTo(1))
                .body("conditions[0].settledReviewCount", equalTo(0)).body("conditions[0].sessionType", equalTo("MEDICAL"))
                .extract().path("conditions[0]");
        assertThat(pending.get("shrunkScore")).isEqualTo(pending.get("platformDurableResponderShare"));

        clock.travel(Duration.ofDays(8));
        String week = given().when().get("/api/v1/review/check-ins/due")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].ordinal", equalTo(1))
                .extract().path("[0].id");
        given().contentType(ContentType.JSON).body(Map.of("painNow", 4, "pgic", 6, "stillDoingHomecare", true))
                .when().post("/api/v1/review/check-ins/" + week).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("painNow", 4, "pgic", 6, "stillDoingHomecare", true))
                .when().post("/api/v1/review/check-ins/" + week).then().statusCode(409);

        clock.travel(Duration.ofDays(21));
        String month = given().when().get("/api/v1/review/check-ins/due")
                .then().statusCode(200).body("[0].ordinal", equalTo(2)).extract().path("[0].id");
        given().contentType(ContentType.JSON).body(Map.of("painNow", 3, "pgic", 6, "stillDoingHomecare", true))
                .when().post("/api/v1/review/check-ins/" + month).then().statusCode(204);

        given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().statusCode(200)
                .body("conditions[0].condition", equalTo("upper-back-pain"))
                .body("conditions[0].reviewCount", equalTo(1))
                .body("conditions[0].settledReviewCount", equalTo(1))
                .body("conditions[0].meanPainChangeAfterSession", equalTo(-4.0f))
                .body("conditions[0].meanPainChangeAt4Weeks", equalTo(-4.0f))
                .body("conditions[0].durableResponderShare", equalTo(1.0f))
                .body("conditions[0].followUpResponseRate", equalTo(1.0f))
                // The chart's points: pain at intake, right after, one week and four weeks.
                .body("conditions[0].painCurve.baseline", equalTo(7.0f))
                .body("conditions[0].painCurve.afterSession", equalTo(3.0f))
                .body("conditions[0].painCurve.at1Week", equalTo(4.0f))
                .body("conditions[0].painCurve.at4Weeks", equalTo(3.0f))
                .body("conditions[0].painCurve.answeredAt4Weeks", equalTo(1));

        JsonNode snapshot = json.readTree(EventContract.of("review-service", "outcome-snapshot.v1.json").assertValid(
                new KafkaEvents(bootstrapServers).awaitEvent(OutcomeSnapshot.TOPIC, therapist.toString(), OutcomeSnapshot.TYPE))
                .value());
        assertThat(snapshot.get("therapistId").asText()).isEqualTo(therapist.toString());
        assertThat(snapshot.get("conditions").get(0).get("platformDurableResponderShare").isNumber()).isTrue();

        // The pain after the session and at each check-in go to booking, for the client's progress summary.
        KafkaEvents events = new KafkaEvents(bootstrapServers);
        EventContract painReports = EventContract.of("review-service", "pain-reports.v1.json");
        JsonNode after = json.readTree(painReports.assertValid(events.awaitEvent(PainReported.TOPIC, booking.toString(),
                PainReported.TYPE, record -> record.value().contains("AFTER_SESSION"))).value());
        assertThat(after.get("pain").asInt()).isEqualTo(3);
        assertThat(after.get("clientSubject").asText()).isEqualTo("client-lasting");
        JsonNode atFourWeeks = json.readTree(painReports.assertValid(events.awaitEvent(PainReported.TOPIC, booking.toString(),
                PainReported.TYPE, record -> record.value().contains("P28D"))).value());
        assertThat(atFourWeeks.get("measure").asText()).isEqualTo("CHECK_IN");
        assertThat(atFourWeeks.get("ordinal").asInt()).isEqualTo(2);
        assertThat(atFourWeeks.get("pain").asInt()).isEqualTo(3);
        assertThat(atFourWeeks.get("reportId").asText()).isEqualTo(month);
    }

    @Test
    @TestSecurity(user = "client-of-a-spa", roles = "client")
    void relaxationSessionsOutcomesAreKeptApartFromMedicalOnes() throws Exception {
        UUID therapist = UUID.randomUUID();
        UUID medical = sessions.completed(therapist, "client-of-a-spa", "tension-headache", 6, "MEDICAL");
        UUID relaxation = sessions.completed(therapist, "client-of-a-spa", "tension-headache", 6, "RELAXATION");
        given().contentType(ContentType.JSON).body(review(3, null)).when().post(reviewPath(medical)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(review(1, null)).when().post(reviewPath(relaxation)).then().statusCode(201);

        given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().statusCode(200)
                .body("conditions.sessionType", contains("MEDICAL", "RELAXATION"))
                .body("conditions.condition", contains("tension-headache", "tension-headache"))
                .body("conditions.reviewCount", contains(1, 1))
                .body("conditions.meanPainChangeAfterSession", contains(-3.0f, -5.0f));

        KafkaEvents events = new KafkaEvents(bootstrapServers);
        JsonNode snapshot = json.readTree(EventContract.of("review-service", "outcome-snapshot.v1.json").assertValid(
                events.awaitEvent(OutcomeSnapshot.TOPIC, therapist.toString(), OutcomeSnapshot.TYPE,
                        record -> record.value().contains("RELAXATION"))).value());
        assertThat(snapshot.get("conditions")).hasSize(1);
        assertThat(snapshot.get("conditions").get(0).get("sessionType").asText()).isEqualTo("MEDICAL");
        assertThat(snapshot.get("relaxationConditions")).hasSize(1);
        assertThat(snapshot.get("relaxationConditions").get(0).get("meanPainChangeAfterSession").asDouble()).isEqualTo(-5.0);
    }

    @Inject
    io.fascia.review.outcome.PainCurveBackfill backfill;

    @Test
    @TestSecurity(user = "client-before-curves", roles = "client")
    void aggregatesStoredBeforeThePainCurveGetItFromTheBackfill() {
        UUID therapist = UUID.randomUUID();
        UUID booking = sessions.completed(therapist, "client-before-curves", "neck-pain", 8, "MEDICAL");
        given().contentType(ContentType.JSON).body(review(5, null)).when().post(reviewPath(booking)).then().statusCode(201);
        // As a row written before migration V2 looks.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outcome_aggregate SET mean_pain_baseline = NULL, mean_pain_after = NULL WHERE therapist_id = ?1")
                .setParameter(1, therapist).executeUpdate());
        given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().body("conditions[0].painCurve", nullValue());

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);
        given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().body("conditions[0].painCurve.baseline", equalTo(8.0f))
                .body("conditions[0].painCurve.afterSession", equalTo(5.0f));
        assertThat(backfill.run()).isZero();
    }

    @Test
    @TestSecurity(user = "client-forgetful", roles = "client")
    void aCheckInNotAnsweredInTimeIsMissedAndCountsAgainstTheResponseRate() {
        UUID therapist = UUID.randomUUID();
        UUID booking = sessions.completed(therapist, "client-forgetful", "neck-pain", 6, "MEDICAL");
        given().contentType(ContentType.JSON).body(review(4, null)).when().post(reviewPath(booking)).then().statusCode(201);
        clock.travel(Duration.ofDays(7 + 14 + 1));
        checkIns.closeMissed();
        given().when().get("/api/v1/review/reviews/mine")
                .then().statusCode(200).body("items[0].checkIns.status", contains("MISSED", "OPEN"))
                .body("items[0].commentStatus", equalTo("NONE"));
        given().when().get("/api/v1/review/therapists/" + therapist + "/outcomes")
                .then().body("conditions[0].followUpResponseRate", equalTo(0.0f))
                .body("conditions[0].durableResponderShare", equalTo(0.0f))
                .body("conditions[0].meanPainChangeAt4Weeks", nullValue())
                .body("conditions[0].painCurve.at1Week", nullValue())
                .body("conditions[0].painCurve.answeredAt1Week", equalTo(0));
    }

    @Test
    @TestSecurity(user = "client-picky", roles = "client")
    void badReviewsAreRefusedAndNothingIsWritten() {
        UUID therapist = UUID.randomUUID();
        UUID booking = sessions.completed(therapist, "client-picky", "low-back-pain", 5, "MEDICAL");
        Map<String, Object> bad = review(11, "x".repeat(2001));
        bad.put("pgic", 0);
        given().contentType(ContentType.JSON).body(bad).when().post(reviewPath(booking))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("painAfter", "pgic", "comment"));
        Map<String, Object> headache = review(3, null);
        headache.put("conditionMeasure", Map.of("kind", "HEADACHE_DAYS", "value", 4));
        given().contentType(ContentType.JSON).body(headache).when().post(reviewPath(booking))
                .then().statusCode(400).body("errors.field", contains("conditionMeasure.kind"));
        assertThat(reviewsOf(booking)).isZero();

        given().contentType(ContentType.JSON).body(review(3, null)).when().post(reviewPath(booking)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(review(2, null)).when().post(reviewPath(booking))
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(reviewsOf(booking)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "client-early", roles = "client")
    void onlyCompletedSessionsOfYourOwnAreReviewableWithinThirtyDays() {
        UUID therapist = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(review(3, null))
                .when().post(reviewPath(sessions.confirmed(therapist, "client-early"))).then().statusCode(409);
        given().contentType(ContentType.JSON).body(review(3, null))
                .when().post(reviewPath(sessions.noShow(therapist, "client-early"))).then().statusCode(409);
        given().contentType(ContentType.JSON).body(review(3, null))
                .when().post(reviewPath(sessions.completed(therapist, "someone-else", "neck-pain", 5, "MEDICAL")))
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(review(3, null))
                .when().post(reviewPath(UUID.randomUUID())).then().statusCode(404);
        UUID late = sessions.completed(therapist, "client-early", "neck-pain", 5, "MEDICAL");
        clock.travel(Duration.ofDays(31));
        given().when().get("/api/v1/review/sessions/reviewable").then().body("size()", equalTo(0));
        given().contentType(ContentType.JSON).body(review(3, null)).when().post(reviewPath(late))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-headaches", roles = "client")
    void aHeadacheClientRecordsHeadacheDays() {
        UUID booking = sessions.completed(UUID.randomUUID(), "client-headaches", "tension-headache", 6, "MEDICAL");
        Map<String, Object> body = review(2, null);
        body.put("conditionMeasure", Map.of("kind", "HEADACHE_DAYS", "value", 4));
        given().contentType(ContentType.JSON).body(body).when().post(reviewPath(booking))
                .then().statusCode(201).body("conditionMeasure.kind", equalTo("HEADACHE_DAYS"))
                .body("conditionMeasure.value", equalTo(4)).body("checkIns", hasSize(2));
    }

    private long reviewsOf(UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM review WHERE booking_id = ?1").setParameter(1, booking).getSingleResult()).longValue());
    }

    static String reviewPath(UUID booking) {
        return "/api/v1/review/sessions/" + booking + "/review";
    }

    static Map<String, Object> review(int painAfter, String comment) {
        Map<String, Object> review = new HashMap<>();
        review.put("painAfter", painAfter);
        review.put("sorenessDays", 2);
        review.put("pgic", 6);
        review.put("assessedBeforeTreatment", true);
        review.put("planDiscussed", true);
        review.put("homecareAssigned", true);
        review.put("wouldRecommend", true);
        if (comment != null) {
            review.put("comment", comment);
        }
        return review;
    }
}
