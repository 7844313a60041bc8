package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking without health data; times in the therapist's zone, with the offset in force.
 *
 * @param cancelledBy CLIENT or THERAPIST once cancelled, otherwise null
 */
public record BookingView(UUID id, UUID therapistId, String therapistName, UUID offeringId, OffsetDateTime start,
        OffsetDateTime end, String status, String cancelledBy, Offered offering, CancellationPolicy cancellationPolicy,
        boolean intakeGiven) {

    public record Offered(String kind, String title, int minutes, BigDecimal price, String currency, String sessionType) {
    }

    /** The policy in force when the booking was made; later changes to the listing do not alter it. */
    public record CancellationPolicy(int windowHours, String summary) {
    }
}
