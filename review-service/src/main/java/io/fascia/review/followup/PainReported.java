package io.fascia.review.followup;

import java.time.Instant;
import java.util.UUID;

import io.fascia.review.review.Review;

/**
 * A client reported their pain after a session or at a check-in (schema:
 * resources/events/pain-reports.v1.json). Health data tied to a person: booking-service, which keeps
 * the rest of the client's treatment, is its only reader, so it can compose the progress summary a
 * client shares with their doctor.
 *
 * @param reportId  the review's id for {@link Measure#AFTER_SESSION}, the check-in's for {@link Measure#CHECK_IN}
 * @param dueAfter  for a check-in, how long after the session it was asked (P7D, P28D); otherwise null
 */
public record PainReported(UUID reportId, UUID bookingId, UUID therapistId, String clientSubject, Measure measure,
        Integer ordinal, String dueAfter, int pain, Instant reportedAt, Instant occurredAt) {

    public static final String TOPIC = "fascia.review.pain-reports.v1";
    public static final String TYPE = "fascia.review.pain-reported.v1";

    public enum Measure {
        AFTER_SESSION, CHECK_IN
    }

    public static PainReported afterSession(Review review, String clientSubject, Instant now) {
        return new PainReported(review.id(), review.bookingId(), review.therapistId(), clientSubject, Measure.AFTER_SESSION,
                null, null, review.painAfter(), review.createdAt(), now);
    }

    public static PainReported atCheckIn(CheckIn checkIn, UUID therapistId, Instant now) {
        return new PainReported(checkIn.id(), checkIn.bookingId(), therapistId, checkIn.clientSubject(), Measure.CHECK_IN,
                checkIn.ordinal(), checkIn.view().dueAfter(), checkIn.painNow(), checkIn.answeredAt(), now);
    }

    public String key() {
        return bookingId.toString();
    }
}
