package io.fascia.booking.booking;

import java.time.Instant;

/**
 * One entry of a booking's history.
 *
 * @param status        the status it moved to, or RESCHEDULED
 * @param actor         the token subject who made the change
 * @param previousStart set when RESCHEDULED
 * @param newStart      set when RESCHEDULED
 */
public record StatusChange(String status, String actor, String reason, Instant previousStart, Instant newStart, Instant at) {
}
