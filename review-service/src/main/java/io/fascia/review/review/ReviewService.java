package io.fascia.review.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.review.followup.FollowUps;
import io.fascia.review.moderation.TextScreening;
import io.fascia.review.outcome.Outcomes;
import io.fascia.review.session.SessionEvent;
import io.fascia.review.therapist.ListingSnapshot;

/**
 * Outcome reviews: only the session's client, once, within the window after completion. A
 * review schedules its check-ins and republishes the therapist's outcomes in the same transaction.
 */
@ApplicationScoped
public class ReviewService {

    private static final List<String> HEADACHE_CONDITIONS = List.of("tension-headache", "migraine");

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.booking_id, s.therapist_id, t.display_name, s.condition_code, s.session_type, s.baseline_pain,
                       s.completed_at
                FROM session s LEFT JOIN therapist t ON t.therapist_id = s.therapist_id
                WHERE s.client_subject = ?1 AND s.status = 'COMPLETED' AND s.completed_at > ?2
                  AND NOT EXISTS (SELECT 1 FROM review r WHERE r.booking_id = s.booking_id)
                ORDER BY s.completed_at DESC, s.booking_id LIMIT ?3""")
                .setParameter(1, client).setParameter(2, Timestamp.from(now.minus(policy.window()))).setParameter(3, LISTED)
                .getResultList();
        return rows.stream().map(r -> new Reviewable((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), NativeSql.instant(r[6]), NativeSql.instant(r[6]).plus(policy.window()))).toList();
    }

    @Transactional
    public ReviewView review(String client, UUID bookingId, ReviewRequest request) {
        List<?> found = em.createNativeQuery("""
                SELECT status, therapist_id, condition_code, session_type, baseline_pain, completed_at, client_subject
                FROM session WHERE booking_id = ?1 FOR UPDATE""").setParameter(1, bookingId).getResultList();
        Object[] s = found.isEmpty() ? null : (Object[]) found.get(0);
        if (s == null || !client.equals(s[6])) {
            throw ProblemException.notFound("You have no session " + bookingId + " to review.");
        }
        Instant now = Instant.now(clock);
        switch ((String) s[0]) {
            case "COMPLETED" -> {
                // reviewable
            }
            case "CONFIRMED" -> throw ProblemException.conflict("This session can be reviewed once the therapist has marked it completed.");
            default -> throw ProblemException.conflict("A " + ((String) s[0]).toLowerCase().replace('_', '-')
                    + " session is never reviewable.");
        }
        Instant completed = NativeSql.instant(s[5]);
        if (now.isAfter(completed.plus(policy.window()))) {
            throw ProblemException.conflict("Reviews close " + policy.window().toDays() + " days after the session.");
        }
        String condition = (String) s[2];
        ReviewRequest.ConditionMeasure measure = request.conditionMeasure();
        checkMeasure(condition, measure);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        UUID id = UUID.randomUUID();
        UUID therapist = (UUID) s[1];
        try {
            em.createNativeQuery("""
                    INSERT INTO review (id, booking_id, therapist_id, client_subject, condition_code, session_type, baseline_pain,
                        pain_after, soreness_days, pgic, assessed_first, plan_discussed, homecare_assigned, measure_kind,
                        measure_activity, measure_value, would_recommend, comment, comment_status, comment_flags, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)""")
                    .setParameter(1, id).setParameter(2, bookingId).setParameter(3, therapist).setParameter(4, client)
                    .setParameter(5, condition).setParameter(6, s[3]).setParameter(7, s[4])
                    .setParameter(8, request.painAfter()).setParameter(9, request.sorenessDays()).setParameter(10, request.pgic())
                    .setParameter(11, request.assessedBeforeTreatment()).setParameter(12, request.planDiscussed())
                    .setParameter(13, request.homecareAssigned())
                    .setParameter(14, measure == null ? null : measure.kind().name())
                    .setParameter(15, measure == null || measure.kind() != ReviewRequest.ConditionMeasure.Kind.ACTIVITY ? null
                            : measure.activity().strip())
                    .setParameter(16, measure == null ? null : measure.value())
                    .setParameter(17, request.wouldRecommend()).setParameter(18, comment)
                    .setParameter(19, comment == null ? "NONE" : "PENDING")
                    .setParameter(20, TextScreening.comment(comment).stream().map(Enum::name).toArray(String[]::new))
                    .setParameter(21, Timestamp.from(now)).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            // 23505: the session's review exists (the row lock makes this rare; the constraint makes it certain).
            throw "23505".equals(NativeSql.sqlState(e)) ? ProblemException.conflict("This session has already been reviewed.") : e;
        }
        followUps.schedule(bookingId, client, completed, id, now);
        outcomes.refresh(therapist);
        return reads.review(id);
    }

    private static void checkMeasure(String condition, ReviewRequest.ConditionMeasure measure) {
        if (measure == null) {
            return;
        }
        if (measure.kind() == ReviewRequest.ConditionMeasure.Kind.HEADACHE_DAYS && !HEADACHE_CONDITIONS.contains(condition)) {
            throw ProblemException.invalid("conditionMeasure.kind", "headache days apply to tension headache and migraine only");
        }
        if (measure.kind() == ReviewRequest.ConditionMeasure.Kind.ACTIVITY) {
            if (measure.activity() == null || measure.activity().isBlank()) {
                throw ProblemException.invalid("conditionMeasure.activity", "name the activity you scored, e.g. 'sit through a workday'");
            }
            if (measure.value() > 10) {
                throw ProblemException.invalid("conditionMeasure.value", "an activity score is 0-10");
            }
        } else if (measure.activity() != null) {
            throw ProblemException.invalid("conditionMeasure.activity", "only an activity score names an activity");
        }
    }
}
