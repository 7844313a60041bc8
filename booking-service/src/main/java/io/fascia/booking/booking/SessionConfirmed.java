package io.fascia.booking.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code fascia.booking.session-confirmed.v1} on {@code fascia.booking.sessions.v1}, key bookingId.
 * No health data: the intake stays in booking-service.
 */
public record SessionConfirmed(UUID bookingId, UUID therapistId, UUID offeringId, String clientSubject, Instant startsAt,
        Instant endsAt, String offeringKind, String sessionType, int cancellationWindowHours, Instant occurredAt) {

    public static final String TYPE = "fascia.booking.session-confirmed.v1";

    /** The event of a booking just confirmed. */
    public static SessionConfirmed of(Booking booking, Instant at) {
        return new SessionConfirmed(booking.id(), booking.therapistId(), booking.offeringId(), booking.clientSubject(),
                booking.startsAt(), booking.endsAt(), booking.offeringKind(), booking.sessionType(),
                booking.cancellationWindowHours(), at);
    }
}
