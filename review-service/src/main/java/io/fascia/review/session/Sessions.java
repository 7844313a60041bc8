package io.fascia.review.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;
import io.fascia.platform.openapi.Bounds;
import io.fascia.review.followup.FollowUps;

/**
 * Applies booking's session events once each: a completed session becomes reviewable with its
 * baseline (and a medical one gets its check-ins); cancelled and no-show ones never are. A completion is final: a stray later event
 * cannot take it back.
 */
@ApplicationScoped
public class Sessions {

    static final String CONSUMER = "review.booking-sessions";

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    @Inject
    FollowUps followUps;

    @Inject
    Clock clock;

    public void apply(String messageId, String type, SessionEvent event) {
        check(type, event);
        messageLog.once(CONSUMER, messageId, () -> {
            switch (type) {
                case SessionEvent.CONFIRMED -> em.createNativeQuery("""
                        INSERT INTO session (booking_id, therapist_id, client_subject, status, starts_at)
                        VALUES (?1, ?2, ?3, 'CONFIRMED', ?4) ON CONFLICT (booking_id) DO NOTHING""")
                        .setParameter(1, event.bookingId()).setParameter(2, event.therapistId())
                        .setParameter(3, event.clientSubject()).setParameter(4, Timestamp.from(event.startsAt()))
                        .executeUpdate();
                case SessionEvent.RESCHEDULED -> em.createNativeQuery(
                        "UPDATE session SET starts_at = ?1 WHERE booking_id = ?2 AND status = 'CONFIRMED'")
                        .setParameter(1, Timestamp.from(event.startsAt())).setParameter(2, event.bookingId()).executeUpdate();
                case SessionEvent.CANCELLED, SessionEvent.NO_SHOW -> ended(event,
                        SessionEvent.NO_SHOW.equals(type) ? "NO_SHOW" : "CANCELLED");
                case SessionEvent.COMPLETED -> {
                    em.createNativeQuery("""
                            INSERT INTO session (booking_id, therapist_id, client_subject, status, starts_at, session_type,
                                condition_code, body_regions, baseline_pain, completed_at)
                            VALUES (?1, ?2, ?3, 'COMPLETED', ?4, ?5, ?6, ?7, ?8, ?9)
                            ON CONFLICT (booking_id) DO UPDATE SET status = 'COMPLETED', starts_at = excluded.starts_at,
                                session_type = excluded.session_type, condition_code = excluded.condition_code,
                                body_regions = excluded.body_regions, baseline_pain = excluded.baseline_pain,
                                completed_at = excluded.completed_at""")
                            .setParameter(1, event.bookingId()).setParameter(2, event.therapistId())
                            .setParameter(3, event.clientSubject()).setParameter(4, Timestamp.from(event.startsAt()))
                            .setParameter(5, event.sessionType()).setParameter(6, event.condition())
                            .setParameter(7, event.bodyRegions() == null ? new String[0] : event.bodyRegions().toArray(String[]::new))
                            .setParameter(8, event.baselinePain()).setParameter(9, Timestamp.from(event.completedAt()))
                            .executeUpdate();
                    if (SessionEvent.SessionType.MEDICAL.name().equals(event.sessionType())) {
                        followUps.schedule(event.bookingId(), event.clientSubject(), event.completedAt(), null, clock.instant());
                    }
                }
                default -> {
                    // Types added within v1 that review does not need.
                }
            }
        });
    }

    private void ended(SessionEvent event, String status) {
        em.createNativeQuery("""
                INSERT INTO session (booking_id, therapist_id, client_subject, status, starts_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (booking_id) DO UPDATE SET status = excluded.status WHERE session.status <> 'COMPLETED'""")
                .setParameter(1, event.bookingId()).setParameter(2, event.therapistId()).setParameter(3, event.clientSubject())
                .setParameter(4, status).setParameter(5, Timestamp.from(event.startsAt())).executeUpdate();
    }

    /** An event that breaks the schema can never be applied. */
    private static void check(String type, SessionEvent e) {
        if (e.bookingId() == null || e.therapistId() == null || e.clientSubject() == null || e.startsAt() == null) {
            throw new PoisonMessage("a required field of the session event is missing");
        }
        if (e.clientSubject().length() > Bounds.SUBJECT || e.condition() != null && (e.condition().length() > Bounds.TAXONOMY_CODE
                || !e.condition().matches(Bounds.TAXONOMY_CODE_PATTERN))) {
            throw new PoisonMessage("the session event's client subject or condition breaks its schema");
        }
        if (SessionEvent.COMPLETED.equals(type) && (e.completedAt() == null
                || Arrays.stream(SessionEvent.SessionType.values()).noneMatch(t -> t.name().equals(e.sessionType()))
                || e.condition() == null || e.baselinePain() == null || e.baselinePain() < 0 || e.baselinePain() > 10)) {
            throw new PoisonMessage("a completed session needs completedAt, a session type, a condition and a baseline pain 0-10");
        }
    }
}
