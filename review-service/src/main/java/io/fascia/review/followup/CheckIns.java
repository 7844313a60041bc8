package io.fascia.review.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
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
import io.fascia.review.review.ReviewView;
import io.fascia.review.session.Session;
import io.fascia.review.therapist.ListingSnapshot;

/**
 * Follow-up check-ins: due from dueAt, answerable until closesAt, then missed. Answers and
 * misses change the therapist's outcomes, so both republish them; an answer's pain is also
 * reported to booking ({@link PainReported}).
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
        Instant now = Instant.now(clock);
        List<Tuple> rows = em.createQuery("""
                select c as checkIn, s as session, t.displayName as therapistName
                from CheckIn c join Session s on s.bookingId = c.bookingId left join Therapist t on t.id = s.therapistId
                where c.clientSubject = ?1 and c.status = io.fascia.review.followup.CheckIn.Status.OPEN
                  and c.dueAt <= ?2 and c.closesAt > ?2
                order by c.closesAt, c.id""", Tuple.class).setParameter(1, client).setParameter(2, now).setMaxResults(LISTED)
                .getResultList();
        return rows.stream().map(row -> {
            CheckIn c = row.get("checkIn", CheckIn.class);
            Session s = row.get("session", Session.class);
            ReviewView.CheckInView asked = c.view();
            return new Due(c.id(), c.reviewId(), s.bookingId(), s.therapistId(), row.get("therapistName", String.class),
                    s.conditionCode(), s.baselinePain(), c.ordinal(), asked.dueAfter(), asked.dueAt(), asked.closesAt());
        }).toList();
    }

    /** The client answers their open check-in; the therapist's outcomes change with it. */
    @Transactional
    public void answer(String client, UUID checkInId, ReviewRequest.CheckInAnswer answer) {
        CheckIn checkIn = Optional.ofNullable(em.find(CheckIn.class, checkInId, LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> c.clientSubject().equals(client))
                .orElseThrow(() -> ProblemException.notFound("You have no check-in " + checkInId + "."));
        Instant now = Instant.now(clock);
        checkIn.answer(answer, now);
        UUID therapist = em.find(Session.class, checkIn.bookingId()).therapistId();
        PainReported reported = PainReported.atCheckIn(checkIn, therapist, now);
        outbox.publish(PainReported.TOPIC, reported.key(), PainReported.TYPE, reported);
        outcomes.refresh(therapist);
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
        List<Tuple> due = em.createNativeQuery("""
                UPDATE check_in c SET announced_at = ?1 FROM session s
                WHERE s.booking_id = c.booking_id AND c.status = 'OPEN' AND c.announced_at IS NULL AND c.due_at <= ?1
                  AND c.closes_at > ?1
                RETURNING c.id, c.booking_id, s.therapist_id, c.client_subject, c.ordinal, c.due_after, c.due_at, c.closes_at""",
                Tuple.class).setParameter(1, Timestamp.from(now)).getResultList();
        for (Tuple c : due) {
            CheckInDue event = new CheckInDue(c.get("id", UUID.class), c.get("booking_id", UUID.class),
                    c.get("therapist_id", UUID.class), c.get("client_subject", String.class),
                    c.get("ordinal", Number.class).intValue(), c.get("due_after", String.class),
                    NativeSql.instant(c.get("due_at")), NativeSql.instant(c.get("closes_at")), now);
            outbox.publish(CheckInDue.TOPIC, event.bookingId().toString(), CheckInDue.TYPE, event);
        }
        return due.size();
    }
}
