package io.fascia.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.booking.testing.StatementLog;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a booking costs the database, counted rather than timed (issue 18): at most six statements
 * in its transaction, with an intake and without one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class BookingStatementsTest {

    static final int MOST_STATEMENTS = 6;

    @Inject
    SessionFixtures fixtures;

    @Inject
    BookingService bookings;

    @Test
    void aBookingTakesAtMostSixStatementsWithOrWithoutAnIntake() {
        SessionFixtures.Therapist t = fixtures.open("therapist-statements-" + UUID.randomUUID(), ZoneId.of("Europe/Berlin"), 24);
        Caller client = new Caller("client-statements-" + UUID.randomUUID(), "Client", true, false, false);
        BookingRequests.IntakeRequest intake = new BookingRequests.IntakeRequest("neck-pain", List.of("neck"), 5,
                "Turn my head when driving", false, true);

        List<String> first = StatementLog.during(() -> bookings.book(client, UUID.randomUUID().toString(),
                new BookingRequests.BookingRequest(t.id(), t.offering(), t.at(3, 10), intake)));
        List<String> second = StatementLog.during(() -> bookings.book(client, UUID.randomUUID().toString(),
                new BookingRequests.BookingRequest(t.id(), t.offering(), t.at(4, 10), null)));

        // At least the booking, its history entry and its event are written: the log sees the statements.
        assertThat(first).as("a first booking, with its intake: %s", first).hasSizeBetween(4, MOST_STATEMENTS);
        assertThat(second).as("a later booking, which asks whether an intake is needed: %s", second)
                .hasSizeBetween(4, MOST_STATEMENTS);
    }
}
