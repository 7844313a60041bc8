package io.fascia.booking.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code fascia.booking.session-completed.v1}: what review-service needs to make the session
 * reviewable and measure change against the baseline. The health fields come from the intake
 * that prepared the session.
 *
 * @param sessionType  MEDICAL or RELAXATION, from the offering booked
 * @param condition    condition code from the intake; like bodyRegions and baselinePain, null only
 *                     for a booking that has no intake at all (never the case for bookings made
 *                     through the API, where the first booking with a therapist needs one)
 * @param baselinePain pain 0-10 the client reported at intake
 */
public record SessionCompleted(UUID bookingId, UUID therapistId, String clientSubject, UUID offeringId, String offeringKind,
        String sessionType, String condition, List<String> bodyRegions, Integer baselinePain, Instant startsAt, Instant endsAt,
        Instant completedAt) {

    public static final String TYPE = "fascia.booking.session-completed.v1";
}
