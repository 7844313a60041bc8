package io.fascia.booking.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.SessionCancelled;
import io.fascia.booking.booking.SessionCompleted;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.booking.SessionNoShow;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.testing.ShiftableClock;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The therapist's side: schedule with intakes, cancelling with a reason, completed and no-show. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class TherapistLifecycleTest {

    private static final EventContract SESSION_EVENTS = EventContract.of("booking-service", "session-events.v1.json");

    private static final String SCHEDULE = "/api/v1/booking/schedule";
    private static SessionFixtures.Therapist therapist;

    @Inject
    SessionFixtures fixtures;

    @Inject
    ShiftableClock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void aTherapist() {
        if (therapist == null) {
            therapist = fixtures.open("therapist-life", ZoneId.of("America/Chicago"), 24);
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "therapist-life", roles = "therapist")
    void theScheduleShowsEachBookingWithItsIntakePageByPage() {
        UUID first = fixtures.book(therapist, "client-schedule-a", therapist.at(40, 9));
        UUID second = fixtures.book(therapist, "client-schedule-b", therapist.at(40, 11));
        String day = therapist.at(40, 9).toLocalDate().toString();

        given().queryParam("from", day).queryParam("to", day).queryParam("size", 1)
                .when().get(SCHEDULE + "/me")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].booking.id", equalTo(first.toString()))
                .body("items[0].clientSubject", equalTo("client-schedule-a"))
                .body("items[0].clientName", equalTo("Client client-schedule-a"))
                .body("items[0].intake.condition", equalTo("tension-headache"))
                .body("items[0].intake.bodyRegions", contains("neck", "head"))
                .body("items[0].intake.painNow", equalTo(6));
        given().queryParam("from", day).queryParam("to", day).queryParam("size", 1).queryParam("page", 1)
                .when().get(SCHEDULE + "/me")
                .then().statusCode(200).body("items[0].booking.id", equalTo(second.toString()));

        given().queryParam("from", day).queryParam("to", "2020-01-01").queryParam("status", "sleeping")
                .queryParam("size", 0)
                .when().get(SCHEDULE + "/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("to", "status", "size"));
    }

    @Test
    @TestSecurity(user = "therapist-life", roles = "therapist")
    void aTherapistCancelsWithAReasonTheClientCanRead() {
        UUID booking = fixtures.book(therapist, "client-cancelled-on", therapist.at(41, 10));
        given().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post(SCHEDULE + "/bookings/" + booking + "/cancel")
                .then().statusCode(400).body("errors.field", contains("reason"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "I am ill; sorry, please rebook next week"))
                .when().post(SCHEDULE + "/bookings/" + booking + "/cancel")
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("THERAPIST"));
        given().when().get("/api/v1/booking/bookings/" + booking + "/history")
                .then().statusCode(200).body("status", contains("CONFIRMED", "CANCELLED"))
                .body("[1].reason", equalTo("I am ill; sorry, please rebook next week"))
                .body("[1].actor", equalTo("therapist-life"));
        JsonNode event = body(SESSION_EVENTS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(SessionEvents.TOPIC,
                booking.toString(), SessionCancelled.TYPE)));
        assertThat(event.get("cancelledBy").asText()).isEqualTo("THERAPIST");
        assertThat(event.get("late").asBoolean()).isFalse();
    }

    @Test
    @TestSecurity(user = "therapist-life", roles = "therapist")
    void aSessionIsCompletedOnlyOnceItHasStartedAndTheEventCarriesTheBaseline() {
        UUID booking = fixtures.book(therapist, "client-completed", therapist.at(2, 14));
        given().when().post(SCHEDULE + "/bookings/" + booking + "/complete")
                .then().statusCode(409).contentType("application/problem+json");

        clock.travel(Duration.ofDays(3));
        given().when().post(SCHEDULE + "/bookings/" + booking + "/complete")
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("cancelledBy", nullValue());
        given().when().post(SCHEDULE + "/bookings/" + booking + "/no-show")
                .then().statusCode(409);

        JsonNode event = body(SESSION_EVENTS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(SessionEvents.TOPIC,
                booking.toString(), SessionCompleted.TYPE)));
        assertThat(event.get("condition").asText()).isEqualTo("tension-headache");
        assertThat(event.get("bodyRegions")).extracting(JsonNode::asText).containsExactly("neck", "head");
        assertThat(event.get("baselinePain").asInt()).isEqualTo(6);
        assertThat(event.get("sessionType").asText()).isEqualTo("MEDICAL");
        assertThat(event.get("offeringId").asText()).isEqualTo(therapist.offering().toString());
        assertThat(event.get("therapistId").asText()).isEqualTo(therapist.id().toString());
        assertThat(event.get("clientSubject").asText()).isEqualTo("client-completed");
    }

    @Test
    @TestSecurity(user = "therapist-life", roles = "therapist")
    void aClientWhoDoesNotComeIsANoShow() {
        UUID booking = fixtures.book(therapist, "client-absent", therapist.at(2, 16));
        given().when().post(SCHEDULE + "/bookings/" + booking + "/no-show").then().statusCode(409);
        clock.travel(Duration.ofDays(3));
        given().when().post(SCHEDULE + "/bookings/" + booking + "/no-show")
                .then().statusCode(200).body("status", equalTo("NO_SHOW"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .when().post(SCHEDULE + "/bookings/" + booking + "/cancel")
                .then().statusCode(409);
        SESSION_EVENTS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(SessionEvents.TOPIC, booking.toString(),
                SessionNoShow.TYPE));
    }

    @Test
    @TestSecurity(user = "therapist-other", roles = "therapist")
    void anotherTherapistCannotTouchTheBooking() {
        fixtures.open("therapist-other", ZoneId.of("Europe/Berlin"), 24);
        UUID booking = fixtures.book(therapist, "client-of-life", therapist.at(42, 10));
        clock.travel(Duration.ofDays(43));
        for (String action : new String[] { "complete", "no-show" }) {
            given().when().post(SCHEDULE + "/bookings/" + booking + "/" + action)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .when().post(SCHEDULE + "/bookings/" + booking + "/cancel").then().statusCode(404);
        given().when().get("/api/v1/booking/bookings/" + booking).then().statusCode(404);
        clock.reset();
        given().when().get(SCHEDULE + "/me").then().statusCode(200).body("total", equalTo(0));
    }

    private JsonNode body(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
