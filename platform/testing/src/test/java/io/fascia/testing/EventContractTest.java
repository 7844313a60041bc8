package io.fascia.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract check itself: examples load and pass, and a body that breaks its type's schema fails. */
class EventContractTest {

    private static final EventContract SESSIONS = EventContract.of("booking-service", "session-events.v1.json");

    @Test
    void everyExampleNamesItsTypeAndKey() {
        assertThat(SESSIONS.examples()).extracting(EventContract.Example::type).contains(
                "fascia.booking.session-confirmed.v1", "fascia.booking.session-completed.v1");
        assertThat(SESSIONS.examples()).allSatisfy(e -> assertThat(e.key()).isNotBlank());
    }

    @Test
    void aBodyIsCheckedAgainstItsOwnTypesBranch() {
        String completed = SESSIONS.examples().stream().filter(e -> e.type().endsWith("session-completed.v1")).findFirst()
                .orElseThrow().body();
        assertThatCode(() -> SESSIONS.assertValid("fascia.booking.session-completed.v1", completed)).doesNotThrowAnyException();
        // The same body lacks what a cancellation needs.
        assertThatThrownBy(() -> SESSIONS.assertValid("fascia.booking.session-cancelled.v1", completed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cancelledBy");
    }

    @Test
    void formatsAreAsserted() {
        String notAnId = """
                {"bookingId":"not-a-uuid","therapistId":"3f2a8c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b","clientSubject":"c",
                 "startsAt":"2026-03-25T14:00:00Z","occurredAt":"2026-03-25T14:40:00Z"}""";
        assertThatThrownBy(() -> SESSIONS.assertValid("fascia.booking.session-no-show.v1", notAnId))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bookingId");
    }

    @Test
    void anUnknownTypeIsNotAContract() {
        assertThatThrownBy(() -> SESSIONS.assertValid("fascia.booking.session-teleported.v1", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no event of type");
    }
}
