package io.fascia.review.moderation;

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
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.audit.AuditTrail;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;
import io.fascia.review.review.Review;
import io.fascia.review.review.ReviewRequest;
import io.fascia.review.therapist.Therapists;

/**
 * Comments and replies wait for an admin; flagged text is marked for them. A therapist replies
 * once to a review of their own.
 */
@ApplicationScoped
public class Moderation {

    @Inject
    EntityManager em;

    @Inject
    Therapists therapists;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public enum Kind {
        COMMENT, REPLY
    }

    /** One text in the queue, with the review's outcome for context but not the client's identity. */
    public record Pending(Kind kind, UUID reviewId, UUID therapistId,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Size(max = ReviewRequest.TEXT_MAX) String text,
            @Schema(type = SchemaType.ARRAY, implementation = TextScreening.Flag.class,
                    maxItems = TextScreening.FLAGS) List<String> flags,
            @Size(max = ReviewRequest.TEXT_MAX) List<TextScreening.Mark> marks, Instant submittedAt) {
    }

    @Schema(name = "Reply")
    public record ReplyView(UUID reviewId, @Size(max = ReviewRequest.TEXT_MAX) String text,
            @Schema(enumeration = { "PENDING", "APPROVED", "REJECTED" }) String status,
            @Schema(type = SchemaType.ARRAY, implementation = TextScreening.Flag.class,
                    maxItems = TextScreening.FLAGS) List<String> flags,
            Instant createdAt) {
    }

    @Transactional
    public ReplyView reply(String therapistSubject, UUID reviewId, String text) {
        UUID therapist = therapists.ownedBy(therapistSubject)
                .orElseThrow(() -> ProblemException.notFound("There is no review " + reviewId + " of yours."));
        Optional.ofNullable(em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.therapistId().equals(therapist))
                .orElseThrow(() -> ProblemException.notFound("There is no review " + reviewId + " of yours."));
        if (em.find(Reply.class, reviewId) != null) {
            throw ProblemException.conflict("You have already replied to this review; there is one reply per review.");
        }
        Reply reply = new Reply(reviewId, therapistSubject, text,
                Instant.now(clock));
        em.persist(reply);
        return new ReplyView(reviewId, reply.text(), reply.moderation().status().name(), reply.flags(), reply.createdAt());
    }

    /**
     * The queue, oldest first; flagged texts carry their flags. SQL-first: one union over comments
     * and replies pages both kinds together.
     */
    @Transactional
    public Page<Pending> queue(Kind kind, int page, int size) {
        String comments = """
                SELECT 'COMMENT' AS kind, r.id AS review_id, r.therapist_id, r.condition_code, r.comment AS text,
                       array_to_string(r.comment_flags, ',') AS flags, r.created_at AS submitted_at
                FROM review r WHERE r.comment_status = 'PENDING'""";
        String replies = """
                SELECT 'REPLY' AS kind, r.id AS review_id, r.therapist_id, r.condition_code, p.text,
                       array_to_string(p.flags, ',') AS flags, p.created_at AS submitted_at
                FROM reply p JOIN review r ON r.id = p.review_id WHERE p.status = 'PENDING'""";
        String union = kind == Kind.COMMENT ? comments : kind == Kind.REPLY ? replies : comments + " UNION ALL " + replies;
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM (" + union + ") q ORDER BY submitted_at, review_id", Tuple.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + union + ") q").getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> {
            Kind each = Kind.valueOf(r.get("kind", String.class));
            String text = r.get("text", String.class);
            String flags = r.get("flags", String.class);
            return new Pending(each, r.get("review_id", UUID.class), r.get("therapist_id", UUID.class),
                    r.get("condition_code", String.class), text, flags.isEmpty() ? List.of() : List.of(flags.split(",")),
                    TextScreening.marks(text, each == Kind.REPLY), NativeSql.instant(r.get("submitted_at")));
        }).toList(), page, size, total);
    }

    /**
     * Approves or rejects a pending text ({@link ModerationState#decide}). Who decided and why is
     * kept with the text and in the append-only audit log.
     */
    @Transactional
    public void decide(String admin, Kind kind, UUID reviewId, boolean approve, String reason) {
        String what = kind.name().toLowerCase();
        ModerationState state = kind == Kind.COMMENT
                ? Optional.ofNullable(em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE))
                        .map(Review::commentModeration).orElse(null)
                : Optional.ofNullable(em.find(Reply.class, reviewId, LockModeType.PESSIMISTIC_WRITE))
                        .map(Reply::moderation).orElse(null);
        if (state == null || !state.exists()) {
            throw ProblemException.notFound("There is no " + what + " on review " + reviewId + ".");
        }
        state.decide(what, admin, approve, reason, Instant.now(clock));
        audit.record(admin, what + (approve ? ".approved" : ".rejected"), "review", reviewId, reason);
    }
}
