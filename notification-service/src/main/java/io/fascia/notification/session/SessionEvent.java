package io.fascia.notification.session;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What notification-service reads of booking's session events (schema:
 * booking-service/src/main/resources/events/session-events.v1.json). Deliberately without the
 * completed session's health fields (condition, regions, baseline pain): they are never read here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionEvent(UUID bookingId, UUID therapistId, UUID offeringId, String clientSubject, Instant startsAt,
        Instant endsAt, Instant previousStartsAt, Integer cancellationWindowHours, String cancelledBy, Boolean late,
        String sessionType, Instant completedAt, Instant occurredAt) {

    public static final String CONFIRMED = "fascia.booking.session-confirmed.v1";
    public static final String CANCELLED = "fascia.booking.session-cancelled.v1";
    public static final String RESCHEDULED = "fascia.booking.session-rescheduled.v1";
    public static final String COMPLETED = "fascia.booking.session-completed.v1";
    public static final String NO_SHOW = "fascia.booking.session-no-show.v1";
}
