package io.fascia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a session's reminder goes. Whole days of the lead time count in the practice's calendar, so
 * "a day before" a 10:00 session is 10:00 the day before on the practice's clock, also across a
 * daylight-saving change (then 23 or 25 hours); what is left of the lead time is elapsed time. No
 * reminder when that moment has already passed by the time the session is booked.
 */
public final class ReminderTime {

    private ReminderTime() {
    }

    public static Optional<Instant> of(Instant startsAt, ZoneId practiceZone, Duration before, Instant bookedAt) {
        long days = before.toDays();
        Instant at = startsAt.atZone(practiceZone).minusDays(days).toInstant().minus(before.minusDays(days));
        return at.isAfter(bookedAt) ? Optional.of(at) : Optional.empty();
    }
}
