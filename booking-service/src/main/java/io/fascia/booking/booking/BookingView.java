package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Formats;

/**
 * A booking without health data; times in the therapist's zone, with the offset in force.
 *
 * @param cancelledBy CLIENT or THERAPIST once cancelled, otherwise null
 * @param timeZone    the therapist's IANA zone, which the offsets of start and end are in: pages and
 *                    calendar files name it, so nobody arrives at the wrong hour
 */
public record BookingView(UUID id, UUID therapistId, String therapistName, UUID offeringId, OffsetDateTime start,
        OffsetDateTime end, String status, String cancelledBy, Offered offering, CancellationPolicy cancellationPolicy,
        boolean intakeGiven, @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                maxLength = 64) String timeZone) {

    public record Offered(String kind, String title, int minutes, BigDecimal price, String currency, String sessionType) {
    }

    /** The policy in force when the booking was made; later changes to the listing do not alter it. */
    public record CancellationPolicy(int windowHours, String summary, OffsetDateTime freeUntil) {

        /**
         * The last moment a booking starting at {@code start} can be cancelled for free (and moved
         * online); from then on a client's cancellation is late. The one place this rule lives.
         */
        public static java.time.Instant freeUntil(java.time.Instant start, int windowHours) {
            return start.minus(java.time.Duration.ofHours(windowHours));
        }
    }
}
