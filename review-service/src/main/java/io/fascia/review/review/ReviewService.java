package io.fascia.review.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.review.followup.FollowUps;
import io.fascia.review.followup.PainReported;
import io.fascia.review.outcome.Outcomes;
import io.fascia.review.session.Session;
import io.fascia.review.session.SessionEvent;
import io.fascia.review.therapist.ListingSnapshot;

/**
 * Outcome reviews: only the session's client, once, within the window after completion. A
 * review schedules its check-ins and republishes the therapist's outcomes in the same transaction.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Outcomes outcomes;

    @Inject
    FollowUpPolicy policy;

    @Inject
    FollowUps followUps;

    @Inject
    ReviewReads reads;

    @Inject
    Clock clock;

    /** A session the client can review now. */
    public record Reviewable(UUID bookingId, UUID therapistId,
            @Size(max = ListingSnapshot.DISPLAY_NAME_MAX) String therapistName,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Schema(implementation = SessionEvent.SessionType.class) String sessionType,
            @Min(0) @Max(ReviewRequest.PAIN_MAX) int baselinePain, Instant completedAt, Instant reviewableUntil) {
    }

    /** The most sessions one answer lists: the latest. */
    public static final int LISTED = 100;

    @Transactional
    public List<Reviewable> reviewable(String client) {
        Instant now = Instant.now(clock);
        List<Tuple> rows = em.createQuery("""
                select s as session, t.displayName as therapistName from Session s left join Therapist t on t.id = s.therapistId
                where s.clientSubject = ?1 and s.status = io.fascia.review.session.Session.Status.COMPLETED and s.completedAt > ?2
                  and not exists (select 1 from Review r where r.bookingId = s.bookingId)
                order by s.completedAt desc, s.bookingId""", Tuple.class)
                .setParameter(1, client).setParameter(2, now.minus(policy.window())).setMaxResults(LISTED).getResultList();
        return rows.stream().map(row -> {
            Session s = row.get("session", Session.class);
            return new Reviewable(s.bookingId(), s.therapistId(), row.get("therapistName", String.class), s.conditionCode(),
                    s.sessionType(), s.baselinePain(), s.completedAt(), s.reviewableUntil(policy.window()));
        }).toList();
    }

    /**
     * The session's client reviews it, once, within the window: the review, its check-ins and the
     * therapist's republished outcomes commit together.
     */
    @Transactional
    public ReviewView review(String client, UUID bookingId, ReviewRequest request) {
        Session session = Optional.ofNullable(em.find(Session.class, bookingId, LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.clientSubject().equals(client))
                .orElseThrow(() -> ProblemException.notFound("You have no session " + bookingId + " to review."));
        Instant now = Instant.now(clock);
        session.requireReviewable(now, policy.window());
        Review review = Review.of(session, request, now);
        try {
            em.persist(review);
            em.flush();
        } catch (PersistenceException e) {
            // 23505: the session's review exists (the row lock makes this rare; the constraint makes it certain).
            throw "23505".equals(NativeSql.sqlState(e)) ? ProblemException.conflict("This session has already been reviewed.") : e;
        }
        followUps.schedule(bookingId, client, session.completedAt(), review.id(), now);
        PainReported reported = PainReported.afterSession(review, client, now);
        outbox.publish(PainReported.TOPIC, reported.key(), PainReported.TYPE, reported);
        outcomes.refresh(session.therapistId());
        return reads.review(review.id());
    }
}
