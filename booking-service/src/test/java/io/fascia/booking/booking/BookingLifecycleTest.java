package io.fascia.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fascia.booking.therapist.BookableOffering;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.platform.problem.ProblemException;

/** The booking lifecycle as {@link Booking} decides it, without a database. */
class BookingLifecycleTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Caller CLIENT = new Caller("client-1", "Ada", true, false, false);
    static final Caller THERAPIST = new Caller("therapist-1", "Theo", false, true, false);

    /** A 60-minute session with a 24-hour window and a 15-minute buffer, starting {@code hoursAhead} from now. */
    static Booking booked(long hoursAhead) {
        BookableTherapist therapist = new BookableTherapist(UUID.randomUUID(), THERAPIST.subject(), "Theo", true,
                ZoneId.of("Europe/Berlin"), 24, NOW);
        BookableOffering offering = new BookableOffering(UUID.randomUUID(), therapist, ListingSnapshot.Kind.FOLLOW_UP,
                "Follow-up", 60, 9000, "EUR", ListingSnapshot.SessionType.MEDICAL);
        return Booking.confirm(offering, CLIENT, NOW.plus(Duration.ofHours(hoursAhead)), Duration.ofMinutes(15), "key",
                "fingerprint", NOW);
    }

    static int status(Runnable change) {
        try {
            change.run();
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    @Test
    void aBookingIsConfirmedHoldsItsTimeAndCopiesThePolicy() {
        Booking b = booked(48);
        assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(b.holdsTime()).isTrue();
        assertThat(b.endsAt()).isEqualTo(b.startsAt().plus(Duration.ofMinutes(60)));
        assertThat(b.freeCancellationUntil()).isEqualTo(b.startsAt().minus(Duration.ofHours(24)));
        assertThat(b.view(false).cancellationPolicy().freeUntil().toInstant()).isEqualTo(b.freeCancellationUntil());
        assertThat(b.view(false).start().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void nobodyBooksATherapistWhoCannotBeBookedNorThemselves() {
        BookableTherapist closed = new BookableTherapist(UUID.randomUUID(), "t", "T", false, ZoneId.of("UTC"), 24, NOW);
        BookableTherapist open = new BookableTherapist(UUID.randomUUID(), CLIENT.subject(), "T", true, ZoneId.of("UTC"), 24, NOW);
        assertThat(status(() -> Booking.requireBookable(closed, CLIENT))).isEqualTo(409);
        assertThat(status(() -> Booking.requireBookable(open, CLIENT))).isEqualTo(422);
    }

    @Test
    void theClientCancelsFreeBeforeTheWindowAndLateInsideIt() {
        Booking early = booked(25);
        assertThat(early.cancelByClient(NOW)).isFalse();
        assertThat(early.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(early.holdsTime()).isFalse();
        assertThat(early.view(false).cancelledBy()).isEqualTo("CLIENT");

        Booking late = booked(23);
        assertThat(late.cancelByClient(NOW)).isTrue();
        assertThat(late.status()).isEqualTo(BookingStatus.LATE_CANCEL);
        assertThat(late.holdsTime()).isFalse();

        assertThat(status(() -> late.cancelByClient(NOW))).as("cancelled already").isEqualTo(409);
        assertThat(status(() -> booked(1).cancelByClient(NOW.plus(Duration.ofHours(2))))).as("started").isEqualTo(409);
    }

    @Test
    void aSessionMovesOnlyOutsideTheWindowAndKeepsItsLength() {
        Booking b = booked(48);
        assertThat(b.movesTo(b.startsAt(), NOW)).as("the same start changes nothing").isFalse();
        Instant later = b.startsAt().plus(Duration.ofDays(1));
        assertThat(b.movesTo(later, NOW)).isTrue();
        b.moveTo(later, Duration.ofMinutes(30));
        assertThat(b.startsAt()).isEqualTo(later);
        assertThat(b.endsAt()).isEqualTo(later.plus(Duration.ofMinutes(60)));

        Booking soon = booked(10);
        assertThat(status(() -> soon.movesTo(soon.startsAt().plus(Duration.ofDays(1)), NOW))).isEqualTo(409);
    }

    @Test
    void theTherapistCancelsUntilTheSessionEndsNeverLate() {
        Booking b = booked(2);
        b.cancelByTherapist(NOW.plus(Duration.ofHours(2).plusMinutes(30)));
        assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(b.view(false).cancelledBy()).isEqualTo("THERAPIST");
        Booking over = booked(2);
        assertThat(status(() -> over.cancelByTherapist(NOW.plus(Duration.ofHours(3))))).isEqualTo(409);
    }

    @Test
    void aSessionEndsCompletedOrNoShowOnlyOnceStartedAndOnce() {
        Booking b = booked(2);
        assertThat(status(() -> b.complete(NOW))).as("not started").isEqualTo(409);
        b.complete(NOW.plus(Duration.ofHours(2)));
        assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(b.holdsTime()).isTrue();
        assertThat(status(() -> b.markNoShow(NOW.plus(Duration.ofHours(3))))).as("completed already").isEqualTo(409);

        Booking absent = booked(2);
        absent.markNoShow(NOW.plus(Duration.ofHours(2)));
        assertThat(absent.status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void aPlanIsWrittenForASessionThatTookPlace() {
        Booking b = booked(2);
        assertThat(status(() -> b.requirePlanWritable(NOW))).as("before the start").isEqualTo(409);
        assertThat(status(() -> b.requirePlanWritable(NOW.plus(Duration.ofHours(2))))).isEqualTo(200);
        b.complete(NOW.plus(Duration.ofHours(3)));
        assertThat(status(() -> b.requirePlanWritable(NOW.plus(Duration.ofHours(3))))).isEqualTo(200);
        Booking cancelled = booked(48);
        cancelled.cancelByClient(NOW);
        assertThat(status(() -> cancelled.requirePlanWritable(NOW.plus(Duration.ofDays(3))))).isEqualTo(409);
    }

    @Test
    void onlyItsClientItsTherapistAndAdminsSeeABooking() {
        Booking b = booked(48);
        assertThat(b.visibleTo(CLIENT)).isTrue();
        assertThat(b.visibleTo(THERAPIST)).isTrue();
        assertThat(b.visibleTo(new Caller("admin", null, false, false, true))).isTrue();
        assertThat(b.visibleTo(new Caller("client-2", null, true, false, false))).isFalse();
        assertThat(b.visibleTo(new Caller("therapist-2", null, false, true, false))).isFalse();
        assertThat(b.visibleTo(new Caller(CLIENT.subject(), null, false, true, false)))
                .as("the client's subject acting as a therapist").isFalse();
    }
}
