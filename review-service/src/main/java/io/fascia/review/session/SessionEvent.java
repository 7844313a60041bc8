package io.fascia.review.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Every field review-service reads of booking's session events (schema:
 * booking-service/src/main/resources/events/session-events.v1.json); which are set depends on
 * the event's type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionEvent(UUID bookingId, UUID therapistId, String clientSubject, Instant startsAt, String sessionType,
        String condition, List<String> bodyRegions, Integer baselinePain, Instant completedAt) {

    public static final String CONFIRMED = "fascia.booking.session-confirmed.v1";
    public static final String CANCELLED = "fascia.booking.session-cancelled.v1";
    public static final String RESCHEDULED = "fascia.booking.session-rescheduled.v1";
    public static final String COMPLETED = "fascia.booking.session-completed.v1";
    public static final String NO_SHOW = "fascia.booking.session-no-show.v1";

    /** Medical or relaxation: outcomes of the two are never mixed. */
    public enum SessionType {
        MEDICAL, RELAXATION
    }
}
