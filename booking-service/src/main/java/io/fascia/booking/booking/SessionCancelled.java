package io.fascia.booking.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code fascia.booking.session-cancelled.v1} on {@code fascia.booking.sessions.v1}, key bookingId.
 *
 * @param cancelledBy CLIENT or THERAPIST
 * @param late        cancelled by the client inside the cancellation window
 */
public record SessionCancelled(UUID bookingId, UUID therapistId, String clientSubject, Instant startsAt, String cancelledBy,
        boolean late, String reason, Instant occurredAt) {

    public static final String TYPE = "fascia.booking.session-cancelled.v1";
}
