package io.fascia.booking.progress;

import java.sql.Timestamp;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.booking.booking.Booking;
import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;

/**
 * The client's pain reports, kept once per report. A report that breaks the schema, or names a
 * session this service never booked for that client, can never be applied: it is poison. Anything
 * else that fails is retried by {@link io.fascia.platform.inbox.IncomingEvents}.
 */
@ApplicationScoped
public class PainReports {

    static final String CONSUMER = "booking.review-pain-reports";

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    public void apply(String messageId, PainReport report) {
        check(report);
        messageLog.once(CONSUMER, messageId, () -> {
            Booking booking = em.find(Booking.class, report.bookingId());
            if (booking == null || !booking.clientSubject().equals(report.clientSubject())
                    || !booking.therapistId().equals(report.therapistId())) {
                throw new PoisonMessage("the pain report names a session that is not this client's with this therapist");
            }
            em.createNativeQuery("""
                    INSERT INTO pain_report (report_id, booking_id, measure, ordinal, due_after, pain, reported_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (report_id) DO NOTHING""")
                    .setParameter(1, report.reportId())
                    .setParameter(2, report.bookingId())
                    .setParameter(3, report.measure())
                    .setParameter(4, report.ordinal())
                    .setParameter(5, report.dueAfter())
                    .setParameter(6, report.pain())
                    .setParameter(7, Timestamp.from(report.reportedAt()))
                    .executeUpdate();
        });
    }

    /** A report that breaks the schema can never be applied. */
    private static void check(PainReport r) {
        if (r.reportId() == null || r.bookingId() == null || r.therapistId() == null || r.clientSubject() == null
                || r.pain() == null || r.reportedAt() == null
                || Arrays.stream(PainReport.Measure.values()).noneMatch(m -> m.name().equals(r.measure()))) {
            throw new PoisonMessage("a required field of the pain report is missing or unknown");
        }
        if (r.pain() < 0 || r.pain() > PainReport.PAIN_MAX) {
            throw new PoisonMessage("the reported pain " + r.pain() + " is not on the 0-10 scale");
        }
        boolean checkIn = PainReport.Measure.CHECK_IN.name().equals(r.measure());
        if (checkIn != (r.ordinal() != null && r.dueAfter() != null)) {
            throw new PoisonMessage("a check-in's report carries its ordinal and period, and only a check-in's does");
        }
        if (checkIn) {
            if (r.ordinal() < 1 || r.ordinal() > PainReport.ORDINAL_MAX || r.dueAfter().length() > PainReport.DUE_AFTER_MAX) {
                throw new PoisonMessage("the check-in's ordinal or period is out of range");
            }
            try {
                Period.parse(r.dueAfter());
            } catch (DateTimeParseException e) {
                throw new PoisonMessage("'" + r.dueAfter() + "' is not an ISO-8601 period", e);
            }
        }
    }
}
