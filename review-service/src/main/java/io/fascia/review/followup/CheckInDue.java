package io.fascia.review.followup;

import java.time.Instant;
import java.util.UUID;

/** A check-in fell due (schema: resources/events/check-in-events.v1.json); no health data. */
public record CheckInDue(UUID checkInId, UUID bookingId, UUID therapistId, String clientSubject, int ordinal,
        String dueAfter, Instant dueAt, Instant closesAt, Instant occurredAt) {

    public static final String TOPIC = "fascia.review.check-ins.v1";
    public static final String TYPE = "fascia.review.check-in-due.v1";
}
