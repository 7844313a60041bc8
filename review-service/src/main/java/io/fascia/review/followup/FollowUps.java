package io.fascia.review.followup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.review.review.FollowUpPolicy;

/**
 * A completed session's check-ins, due a week and four weeks after it (configurable) and open for
 * answers until {@code answer-within} later. Created when a medical session is completed, whether
 * or not it is ever reviewed; a review links them to itself (and creates them for a session that
 * had none, such as a relaxation session). Check-ins already closed by now are not created.
 */
@ApplicationScoped
public class FollowUps {

    @Inject
    EntityManager em;

    @Inject
    FollowUpPolicy policy;

    /** Call in the caller's transaction; idempotent per session and check-in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID bookingId, String client, Instant completedAt, UUID reviewId, Instant now) {
        List<Duration> followUps = policy.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            Instant due = completedAt.plus(followUps.get(i));
            Instant closes = due.plus(policy.answerWithin());
            if (!closes.isAfter(now)) {
                continue;
            }
            em.createNativeQuery("""
                    INSERT INTO check_in (id, booking_id, review_id, client_subject, ordinal, due_after, due_at, closes_at, status)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'OPEN')
                    ON CONFLICT (booking_id, ordinal) DO UPDATE SET review_id = coalesce(excluded.review_id, check_in.review_id)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, bookingId).setParameter(3, reviewId)
                    .setParameter(4, client).setParameter(5, i + 1).setParameter(6, FollowUpPolicy.label(followUps.get(i)))
                    .setParameter(7, Timestamp.from(due)).setParameter(8, Timestamp.from(closes)).executeUpdate();
        }
    }
}
