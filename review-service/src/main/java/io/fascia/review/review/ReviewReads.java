package io.fascia.review.review;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;
import io.fascia.review.session.SessionEvent;

/** Reviews as their author, their therapist and the public see them. */
@ApplicationScoped
public class ReviewReads {

    private static final String COLUMNS = """
            r.id, r.booking_id, r.therapist_id, r.condition_code, r.session_type, r.baseline_pain, r.pain_after,
            r.soreness_days, r.pgic, r.assessed_first, r.plan_discussed, r.homecare_assigned, r.measure_kind,
            r.measure_activity, r.measure_value, r.would_recommend, r.comment, r.comment_status, r.created_at""";

    @Inject
    EntityManager em;

    /**
     * A review on a public page: "verified client", never who. The month, not the day, so a
     * review cannot be matched to an appointment; text only once a moderator approved it.
     *
     * @param painAt4Weeks pain at the last follow-up, once answered
     */
    public record PublicReview(UUID id, @Schema(enumeration = PublicReview.AUTHOR) String author,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Schema(implementation = SessionEvent.SessionType.class) String sessionType,
            @Min(0) @Max(ReviewRequest.PAIN_MAX) int baselinePain, @Min(0) @Max(ReviewRequest.PAIN_MAX) int painAfter,
            @Min(0) @Max(ReviewRequest.PAIN_MAX) Integer painAt4Weeks,
            @Min(0) @Max(ReviewRequest.SORENESS_DAYS_MAX) int sorenessDays,
            @Min(ReviewRequest.PGIC_MIN) @Max(ReviewRequest.PGIC_MAX) int pgic, boolean assessedBeforeTreatment,
            boolean planDiscussed, boolean homecareAssigned, boolean wouldRecommend,
            @Size(max = ReviewRequest.TEXT_MAX) String comment,
            @Size(max = ReviewRequest.TEXT_MAX) String reply, YearMonth month) {

        /** Who wrote a public review, as the public sees it. */
        public static final String AUTHOR = "Verified client";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewView review(UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + COLUMNS + " FROM review r WHERE r.id = ?1")
                .setParameter(1, id).getSingleResult();
        return view(r);
    }

    @Transactional
    public Page<ReviewView> ofClient(String client, int page, int size) {
        return page("r.client_subject = ?1", Map.of(1, client), page, size);
    }

    /**
     * A review as its therapist sees it: the public review, and their own reply whatever its
     * moderation state (the public sees a reply only once approved).
     */
    public record OwnedReview(@com.fasterxml.jackson.annotation.JsonUnwrapped PublicReview review, OwnReply myReply) {
    }

    /** @param moderationReason why an admin rejected it, when they did */
    public record OwnReply(@Size(max = ReviewRequest.TEXT_MAX) String text,
            @Schema(enumeration = { "PENDING", "APPROVED", "REJECTED" }) String status,
            @Size(max = ReviewRequest.TEXT_MAX) String moderationReason) {
    }

    /** A therapist's replies to these reviews, by review. */
    @Transactional
    public Map<UUID, OwnReply> repliesTo(List<UUID> reviews) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT review_id, text, status, moderation_reason FROM reply WHERE review_id IN (:reviews)")
                .setParameter("reviews", reviews).getResultList();
        Map<UUID, OwnReply> replies = new java.util.HashMap<>();
        rows.forEach(r -> replies.put((UUID) r[0], new OwnReply((String) r[1], (String) r[2], (String) r[3])));
        return replies;
    }

    /** Every review of a therapist, newest first, as the public sees them. */
    @Transactional
    public Page<PublicReview> publicOf(UUID therapist, int page, int size) {
        Query rows = em.createNativeQuery("""
                SELECT r.id, r.condition_code, r.session_type, r.baseline_pain, r.pain_after, last.pain_now, r.soreness_days,
                       r.pgic, r.assessed_first, r.plan_discussed, r.homecare_assigned, r.would_recommend,
                       CASE WHEN r.comment_status = 'APPROVED' THEN r.comment END,
                       CASE WHEN p.status = 'APPROVED' THEN p.text END, r.created_at
                FROM review r
                LEFT JOIN reply p ON p.review_id = r.id
                LEFT JOIN LATERAL (SELECT c.pain_now FROM check_in c WHERE c.review_id = r.id
                                   ORDER BY c.ordinal DESC LIMIT 1) last ON true
                WHERE r.therapist_id = ?1 ORDER BY r.created_at DESC, r.id""").setParameter(1, therapist);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM review WHERE therapist_id = ?1")
                .setParameter(1, therapist).getSingleResult()).longValue();
        return new Page<>(found.stream().map(r -> new PublicReview((UUID) r[0], PublicReview.AUTHOR, (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                (Boolean) r[8], (Boolean) r[9], (Boolean) r[10], (Boolean) r[11], (String) r[12], (String) r[13],
                YearMonth.from(NativeSql.instant(r[14]).atOffset(ZoneOffset.UTC)))).toList(), page, size, total);
    }

    private Page<ReviewView> page(String where, Map<Integer, Object> parameters, int page, int size) {
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM review r WHERE " + where + " ORDER BY r.created_at DESC, r.id");
        Query count = em.createNativeQuery("SELECT count(*) FROM review r WHERE " + where);
        parameters.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found.stream().map(this::view).toList(), page, size, ((Number) count.getSingleResult()).longValue());
    }

    private ReviewView view(Object[] r) {
        @SuppressWarnings("unchecked")
        List<Object[]> checkIns = em.createNativeQuery("""
                SELECT id, ordinal, due_after, due_at, closes_at, status, pain_now, pgic, still_homecare
                FROM check_in WHERE review_id = ?1 ORDER BY ordinal""").setParameter(1, r[0]).getResultList();
        ReviewRequest.ConditionMeasure measure = r[12] == null ? null : new ReviewRequest.ConditionMeasure(
                ReviewRequest.ConditionMeasure.Kind.valueOf((String) r[12]), (String) r[13], ((Number) r[14]).intValue());
        return new ReviewView((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (Boolean) r[9],
                (Boolean) r[10], (Boolean) r[11], measure, (Boolean) r[15], (String) r[16], (String) r[17],
                checkIns.stream().map(c -> new ReviewView.CheckInView((UUID) c[0], ((Number) c[1]).intValue(), (String) c[2],
                        NativeSql.instant(c[3]), NativeSql.instant(c[4]), (String) c[5], c[6] == null ? null : ((Number) c[6]).intValue(),
                        c[7] == null ? null : ((Number) c[7]).intValue(), (Boolean) c[8])).toList(),
                NativeSql.instant(r[18]));
    }
}
