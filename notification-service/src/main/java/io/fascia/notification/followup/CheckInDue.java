package io.fascia.notification.followup;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What notification-service reads of review's check-in events (schema:
 * review-service/src/main/resources/events/check-in-events.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckInDue(UUID checkInId, UUID bookingId, UUID therapistId, String clientSubject, Integer ordinal,
        String dueAfter, Instant dueAt, Instant closesAt) {

    public static final String TYPE = "fascia.review.check-in-due.v1";
}
