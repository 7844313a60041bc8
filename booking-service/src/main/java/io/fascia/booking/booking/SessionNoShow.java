package io.fascia.booking.booking;

import java.time.Instant;
import java.util.UUID;

/** {@code fascia.booking.session-no-show.v1}: the client did not come; the session is never reviewable. */
public record SessionNoShow(UUID bookingId, UUID therapistId, String clientSubject, Instant startsAt, Instant occurredAt) {

    public static final String TYPE = "fascia.booking.session-no-show.v1";
}
