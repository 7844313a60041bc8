package io.fascia.booking.booking;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;

/**
 * One entry of a booking's history.
 *
 * @param status        the status it moved to, or RESCHEDULED
 * @param actor         the token subject who made the change
 * @param previousStart set when RESCHEDULED
 * @param newStart      set when RESCHEDULED
 */
public record StatusChange(
        @Schema(enumeration = { "CONFIRMED", "CANCELLED", "LATE_CANCEL", "COMPLETED", "NO_SHOW", RESCHEDULED }) String status,
        @Size(max = Bounds.SUBJECT) String actor, @Size(max = REASON_MAX) String reason, Instant previousStart,
        Instant newStart, Instant at) {

    /** The status a history entry names when the booking moved rather than changed state. */
    public static final String RESCHEDULED = "RESCHEDULED";

    /** The longest reason a cancellation may give. */
    public static final int REASON_MAX = 500;
}
