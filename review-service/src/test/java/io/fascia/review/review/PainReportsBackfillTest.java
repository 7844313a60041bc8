package io.fascia.review.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.review.followup.PainReported;
import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.EventContract;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Migration V7 publishes the pain of reviews and check-ins stored before pain reports existed, each
 * as the schema describes it. Flyway ran it on an empty database at start, so this runs its SQL
 * again over a review and an answered check-in written as such rows were.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class PainReportsBackfillTest {

    @Inject
    ReviewFixtures sessions;

    @Inject
    ShiftableClock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "client-from-before", roles = "client")
    @SuppressWarnings("unchecked")
    void earlierReviewsAndAnswersArePublishedOnceEachAsTheSchemaSays() throws Exception {
        UUID therapist = UUID.randomUUID();
        UUID booking = sessions.completed(therapist, "client-from-before", "neck-pain", 7, "MEDICAL");
        given().contentType(ContentType.JSON).body(ReviewFlowTest.review(4, null)).when()
                .post(ReviewFlowTest.reviewPath(booking)).then().statusCode(201);
        clock.travel(Duration.ofDays(8));
        String week = given().when().get("/api/v1/review/check-ins/due").then().statusCode(200).extract().path("[0].id");
        given().contentType(ContentType.JSON).body(Map.of("painNow", 5, "pgic", 5, "stillDoingHomecare", false))
                .when().post("/api/v1/review/check-ins/" + week).then().statusCode(204);
        // As before V7: neither was ever reported.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM outbox_message WHERE topic = ?1 AND message_key = ?2")
                .setParameter(1, PainReported.TOPIC).setParameter(2, booking.toString()).executeUpdate());

        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V7__pain_reports_backfill.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(migration).executeUpdate());

        List<Tuple> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT event_type, payload::text AS payload FROM outbox_message WHERE topic = ?1 AND message_key = ?2
                ORDER BY position""", Tuple.class).setParameter(1, PainReported.TOPIC).setParameter(2, booking.toString())
                .getResultList());
        assertThat(rows).hasSize(2);
        EventContract contract = EventContract.of("review-service", "pain-reports.v1.json");
        for (Tuple row : rows) {
            contract.assertValid(row.get("event_type", String.class), row.get("payload", String.class));
        }
        JsonNode after = json.readTree(rows.get(0).get("payload", String.class));
        assertThat(after.get("measure").asText()).isEqualTo("AFTER_SESSION");
        assertThat(after.get("pain").asInt()).isEqualTo(4);
        assertThat(after.get("clientSubject").asText()).isEqualTo("client-from-before");
        assertThat(after.get("therapistId").asText()).isEqualTo(therapist.toString());
        JsonNode answer = json.readTree(rows.get(1).get("payload", String.class));
        assertThat(answer.get("measure").asText()).isEqualTo("CHECK_IN");
        assertThat(answer.get("reportId").asText()).isEqualTo(week);
        assertThat(answer.get("ordinal").asInt()).isEqualTo(1);
        assertThat(answer.get("dueAfter").asText()).isEqualTo("P7D");
        assertThat(answer.get("pain").asInt()).isEqualTo(5);
    }
}
