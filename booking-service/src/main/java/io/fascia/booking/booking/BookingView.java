package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booking as its client sees it; times in the therapist's zone, with the offset in force. */
public record BookingView(UUID id, UUID therapistId, UUID offeringId, OffsetDateTime start, OffsetDateTime end, String status,
        Offered offering, CancellationPolicy cancellationPolicy, boolean intakeGiven) {

    public record Offered(String kind, String title, int minutes, BigDecimal price, String currency, String sessionType) {
    }

    /** The policy in force when the booking was made; later changes to the listing do not alter it. */
    public record CancellationPolicy(int windowHours, String summary) {
    }
}
