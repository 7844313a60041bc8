package io.fascia.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A day before means the same time on the practice's clock the day before, across DST changes too. */
class ReminderTimeTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void newYorkSpringForward() {
        ZoneId ny = ZoneId.of("America/New_York");
        // Sunday 8 March 2026, 02:00 EST -> 03:00 EDT. A 10:00 session on the Monday after:
        assertThat(ReminderTime.of(Instant.parse("2026-03-09T14:00:00Z"), ny, DAY, LONG_BEFORE))
                .contains(Instant.parse("2026-03-08T14:00:00Z")); // Sunday 10:00 EDT
        // A 10:00 session on the Sunday itself is reminded at 10:00 EST on Saturday: 23 hours before.
        assertThat(ReminderTime.of(Instant.parse("2026-03-08T14:00:00Z"), ny, DAY, LONG_BEFORE))
                .contains(Instant.parse("2026-03-07T15:00:00Z"));
    }

    @Test
    void berlinSpringForward() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Sunday 29 March 2026, 02:00 CET -> 03:00 CEST. A 09:00 session on Monday 30 March (07:00Z):
        assertThat(ReminderTime.of(Instant.parse("2026-03-30T07:00:00Z"), berlin, DAY, LONG_BEFORE))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
        // A 09:00 session on the Sunday (07:00Z) is reminded at 09:00 CET on Saturday (08:00Z): 23 hours.
        assertThat(ReminderTime.of(Instant.parse("2026-03-29T07:00:00Z"), berlin, DAY, LONG_BEFORE))
                .contains(Instant.parse("2026-03-28T08:00:00Z"));
    }

    @Test
    void autumnBackIsTwentyFiveHours() {
        ZoneId ny = ZoneId.of("America/New_York");
        // Sunday 1 November 2026 ends EDT. 10:00 EST Sunday (15:00Z) is reminded 10:00 EDT Saturday (14:00Z).
        assertThat(ReminderTime.of(Instant.parse("2026-11-01T15:00:00Z"), ny, DAY, LONG_BEFORE))
                .contains(Instant.parse("2026-10-31T14:00:00Z"));
    }

    @Test
    void hoursBeyondWholeDaysAreElapsedTime() {
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(ReminderTime.of(Instant.parse("2026-03-09T14:00:00Z"), ny, Duration.ofHours(26), LONG_BEFORE))
                .contains(Instant.parse("2026-03-08T12:00:00Z"));
        assertThat(ReminderTime.of(Instant.parse("2026-03-09T14:00:00Z"), ny, Duration.ofHours(2), LONG_BEFORE))
                .contains(Instant.parse("2026-03-09T12:00:00Z"));
    }

    @Test
    void noReminderWhenItsMomentPassedBeforeTheBooking() {
        Instant startsAt = Instant.parse("2026-05-05T14:00:00Z");
        assertThat(ReminderTime.of(startsAt, ZoneId.of("UTC"), DAY, startsAt.minus(Duration.ofHours(3)))).isEmpty();
    }
}
