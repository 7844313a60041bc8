package io.fascia.booking.booking;

import java.time.Instant;
import java.util.UUID;

/** {@code fascia.booking.session-rescheduled.v1}: the client moved the session; the booking id stays. */
public record SessionRescheduled(UUID bookingId, UUID therapistId, String clientSubject, Instant previousStartsAt,
        Instant startsAt, Instant endsAt, Instant occurredAt) {

    public static final String TYPE = "fascia.booking.session-rescheduled.v1";
}
