package io.fascia.booking.progress;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What booking-service reads of review-service's pain reports (schema:
 * review-service/src/main/resources/events/pain-reports.v1.json): the client's pain right after a
 * session or at a check-in. Unknown fields are ignored: the producer may add fields within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PainReport(UUID reportId, UUID bookingId, UUID therapistId, String clientSubject, String measure,
        Integer ordinal, String dueAfter, Integer pain, Instant reportedAt) {

    public static final String TOPIC = "fascia.review.pain-reports.v1";

    /** The longest check-in period the schema allows (P7D, P28D, ...). */
    public static final int DUE_AFTER_MAX = 16;
    /** The most check-ins review asks per session. */
    public static final int ORDINAL_MAX = 10;
    public static final int PAIN_MAX = 10;

    public enum Measure {
        AFTER_SESSION, CHECK_IN
    }
}
