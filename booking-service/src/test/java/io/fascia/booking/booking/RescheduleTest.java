package io.fascia.booking.booking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.testing.SessionFixtures;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A client moves a session: to a free open start, atomically, and not inside the cancellation window. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class RescheduleTest {

    private static final EventContract SESSION_EVENTS = EventContract.of("booking-service", "session-events.v1.json");

    private static SessionFixtures.Therapist therapist;

    @Inject
    SessionFixtures fixtures;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void aTherapist() {
        if (therapist == null) {
            therapist = fixtures.open("therapist-moves", ZoneId.of("Europe/Berlin"), 48);
        }
    }

    @Test
    @TestSecurity(user = "client-mover", roles = "client")
    void aSessionMovesToAFreeStartAndTheOldTimeIsFreed() {
        UUID booking = fixtures.book(therapist, "client-mover", therapist.at(10, 9));
        OffsetDateTime later = therapist.at(11, 15);
        given().contentType(ContentType.JSON).body(Map.of("start", later.toString()))
                .when().post(path(booking) + "/reschedule")
                .then().log().ifValidationFails()
                .statusCode(200).body("id", equalTo(booking.toString())).body("status", equalTo("CONFIRMED"))
                .body("start", startsWith(later.toLocalDateTime().toString()));
        // Asking again for the same start is a harmless retry.
        given().contentType(ContentType.JSON).body(Map.of("start", later.toString()))
                .when().post(path(booking) + "/reschedule").then().statusCode(200);
        given().when().get(path(booking) + "/history")
                .then().statusCode(200).body("status", contains("CONFIRMED", "RESCHEDULED"))
                .body("[1].newStart", equalTo(later.toInstant().toString()));
        // The old time is open to others again.
        fixtures.book(therapist, "client-takes-old-time", therapist.at(10, 9));
        var event = SESSION_EVENTS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(SessionEvents.TOPIC,
                booking.toString(), SessionRescheduled.TYPE));
        assertThat(event.value()).contains(later.toInstant().toString());
    }

    @Test
    @TestSecurity(user = "client-blocked", roles = "client")
    void aTakenOrClosedStartChangesNothing() {
        UUID booking = fixtures.book(therapist, "client-blocked", therapist.at(12, 9));
        fixtures.book(therapist, "client-in-the-way", therapist.at(12, 13));
        given().contentType(ContentType.JSON).body(Map.of("start", therapist.at(12, 13).toString()))
                .when().post(path(booking) + "/reschedule")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("start", therapist.at(12, 21).toString()))
                .when().post(path(booking) + "/reschedule")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(path(booking) + "/reschedule")
                .then().statusCode(400).body("errors.field", contains("start"));
        given().when().get(path(booking))
                .then().statusCode(200).body("booking.start", startsWith(therapist.at(12, 9).toLocalDateTime().toString()));
        given().when().get(path(booking) + "/history").then().body("status", contains("CONFIRMED"));
    }

    @Test
    @TestSecurity(user = "client-last-minute", roles = "client")
    void insideTheCancellationWindowASessionCannotBeMovedOnline() {
        // The window is 48 hours; tomorrow at 14:00 is at most 38 hours away.
        UUID booking = fixtures.book(therapist, "client-last-minute", therapist.at(1, 14));
        given().contentType(ContentType.JSON).body(Map.of("start", therapist.at(20, 10).toString()))
                .when().post(path(booking) + "/reschedule")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-nosy-mover", roles = "client")
    void nobodyMovesSomeoneElsesSession() {
        UUID booking = fixtures.book(therapist, "client-owner", therapist.at(13, 9));
        given().contentType(ContentType.JSON).body(Map.of("start", therapist.at(13, 15).toString()))
                .when().post(path(booking) + "/reschedule").then().statusCode(404);
    }

    private static String path(UUID booking) {
        return "/api/v1/booking/bookings/" + booking;
    }
}
