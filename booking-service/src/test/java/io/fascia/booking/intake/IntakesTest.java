package io.fascia.booking.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.therapist.BookableOffering;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.booking.therapist.ListingSnapshot;

/** Which intake prepares a session, without a database. */
class IntakesTest {

    static final Instant DAY_ONE = Instant.parse("2026-03-02T09:00:00Z");
    static final BookableTherapist THERAPIST = new BookableTherapist(UUID.randomUUID(), "therapist-1", "Theo", true,
            ZoneId.of("UTC"), 24, DAY_ONE);
    static final BookableOffering OFFERING = new BookableOffering(UUID.randomUUID(), THERAPIST, ListingSnapshot.Kind.FOLLOW_UP,
            "Follow-up", 60, 9000, "EUR", ListingSnapshot.SessionType.MEDICAL);

    static Booking bookedOn(int day, String client) {
        Instant madeAt = DAY_ONE.plus(Duration.ofDays(day));
        return Booking.confirm(OFFERING, new Caller(client, null, true, false, false), madeAt.plus(Duration.ofDays(7)),
                Duration.ZERO, "key-" + day, "fingerprint", madeAt);
    }

    static Intake given(Booking booking, String condition) {
        return new Intake(booking, new BookingRequests.IntakeRequest(condition, List.of("lower-back"), 6, "Sit through work",
                false, true));
    }

    @Test
    void aSessionIsPreparedByItsOwnIntakeElseTheLatestEarlierOneOfTheSameTreatment() {
        Booking first = bookedOn(0, "ada");
        Booking second = bookedOn(1, "ada");
        Booking third = bookedOn(2, "ada");
        Booking fourth = bookedOn(3, "ada");
        Intake firstIntake = given(first, "low-back-pain");
        Intake thirdIntake = given(third, "neck-pain");
        Intake otherClients = given(bookedOn(2, "bea"), "sciatica");
        List<Intake> given = List.of(firstIntake, thirdIntake, otherClients);

        assertThat(Intakes.preparing(first, given)).containsSame(firstIntake);
        assertThat(Intakes.preparing(second, given)).as("carried over from the first").containsSame(firstIntake);
        assertThat(Intakes.preparing(third, given)).as("its own wins").containsSame(thirdIntake);
        assertThat(Intakes.preparing(fourth, given)).as("the latest earlier one").containsSame(thirdIntake);
        assertThat(Intakes.preparing(bookedOn(4, "cy"), given)).as("never another client's").isEmpty();
        Booking beforeAny = bookedOn(-1, "ada");
        assertThat(Intakes.preparing(beforeAny, given)).as("never a later one").isEmpty();
    }
}
