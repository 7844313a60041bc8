package io.fascia.review.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.review.outcome.Outcomes;
import io.fascia.review.review.FollowUpPolicy;
import io.fascia.review.review.ReviewRequest;
import io.fascia.review.therapist.ListingSnapshot;

/**
 * Follow-up check-ins: due from dueAt, answerable until closesAt, then missed. Answers and
 * misses change the therapist's outcomes, so both republish them.
 */
@ApplicationScoped
public class CheckIns {

    private static final Logger LOG = Logger.getLogger(CheckIns.class);

    @Inject
    EntityManager em;

    @Inject
    Outcomes outcomes;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A check-in the client can answer now. */
    public record Due(UUID id, UUID reviewId, UUID bookingId, UUID therapistId,
            @Size(max = ListingSnapshot.DISPLAY_NAME_MAX) String therapistName,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Min(0) @Max(ReviewRequest.PAIN_MAX) int baselinePain, @Min(1) @Max(FollowUpPolicy.FOLLOW_UPS_MAX) int ordinal,
            @Size(max = FollowUpPolicy.LABEL_MAX) @Schema(format = "duration") String dueAfter, Instant dueAt, Instant closesAt) {
    }

    /** The most check-ins one answer lists: those closing soonest. */
    public static final int LISTED = 100;

    @Transactional
    public List<Due> due(String client) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.review_id, s.booking_id, s.therapist_id, t.display_name, s.condition_code, s.baseline_pain, c.ordinal,
                       c.due_after, c.due_at, c.closes_at
                FROM check_in c JOIN session s ON s.booking_id = c.booking_id LEFT JOIN therapist t ON t.therapist_id = s.therapist_id
                WHERE c.client_subject = ?1 AND c.status = 'OPEN' AND c.due_at <= ?2 AND c.closes_at > ?2
                ORDER BY c.closes_at, c.id LIMIT ?3""").setParameter(1, client).setParameter(2, now).setParameter(3, LISTED)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8], NativeSql.instant(r[9]),
                NativeSql.instant(r[10]))).toList();
    }

    @Transactional
    public void answer(String client, UUID checkIn, ReviewRequest.CheckInAnswer answer) {
        List<?> found = em.createNativeQuery("""
                SELECT c.status, c.due_at, c.closes_at, s.therapist_id FROM check_in c JOIN session s ON s.booking_id = c.booking_id
                WHERE c.id = ?1 AND c.client_subject = ?2 FOR UPDATE OF c""")
                .setParameter(1, checkIn).setParameter(2, client).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("You have no check-in " + checkIn + ".");
        }
        Object[] c = (Object[]) found.get(0);
        Instant now = Instant.now(clock);
        if (!"OPEN".equals(c[0])) {
            throw ProblemException.conflict("This check-in is " + ((String) c[0]).toLowerCase() + " already.");
        }
        if (now.isBefore(NativeSql.instant(c[1]))) {
            throw ProblemException.conflict("This check-in is not due until " + NativeSql.instant(c[1]) + ".");
        }
        if (!now.isBefore(NativeSql.instant(c[2]))) {
            throw ProblemException.conflict("This check-in closed at " + NativeSql.instant(c[2]) + ".");
        }
        em.createNativeQuery("""
                UPDATE check_in SET status = 'ANSWERED', pain_now = ?1, pgic = ?2, still_homecare = ?3, answered_at = ?4
                WHERE id = ?5""")
                .setParameter(1, answer.painNow()).setParameter(2, answer.pgic()).setParameter(3, answer.stillDoingHomecare())
                .setParameter(4, Timestamp.from(now)).setParameter(5, checkIn).executeUpdate();
        outcomes.refresh((UUID) c[3]);
    }

    /** Closes every check-in whose answer window has passed, and republishes the outcomes they change. */
    @Transactional
    public int closeMissed() {
        @SuppressWarnings("unchecked")
        List<UUID> therapists = em.createNativeQuery("""
                WITH missed AS (
                    UPDATE check_in SET status = 'MISSED' WHERE status = 'OPEN' AND closes_at <= ?1 RETURNING booking_id)
                SELECT DISTINCT s.therapist_id FROM missed m JOIN session s ON s.booking_id = m.booking_id""")
                .setParameter(1, Timestamp.from(Instant.now(clock))).getResultList();
        therapists.forEach(outcomes::refresh);
        if (!therapists.isEmpty()) {
            LOG.infof("Closed missed check-ins of %d therapist(s)", therapists.size());
        }
        return therapists.size();
    }

    /**
     * Publishes each open check-in that has fallen due, once ({@link CheckInDue} through the outbox,
     * in the transaction that marks it announced): notification-service asks the client then.
     */
    @Transactional
    public int announceDue() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                UPDATE check_in c SET announced_at = ?1 FROM session s
                WHERE s.booking_id = c.booking_id AND c.status = 'OPEN' AND c.announced_at IS NULL AND c.due_at <= ?1
                  AND c.closes_at > ?1
                RETURNING c.id, c.booking_id, s.therapist_id, c.client_subject, c.ordinal, c.due_after, c.due_at, c.closes_at""")
                .setParameter(1, Timestamp.from(now)).getResultList();
        for (Object[] c : due) {
            CheckInDue event = new CheckInDue((UUID) c[0], (UUID) c[1], (UUID) c[2], (String) c[3], ((Number) c[4]).intValue(),
                    (String) c[5], NativeSql.instant(c[6]), NativeSql.instant(c[7]), now);
            outbox.publish(CheckInDue.TOPIC, event.bookingId().toString(), CheckInDue.TYPE, event);
        }
        return due.size();
    }
}
