package io.fascia.review.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.audit.AuditTrail;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;
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

    public record Reply(UUID reviewId, @Size(max = ReviewRequest.TEXT_MAX) String text,
            @Schema(enumeration = { "PENDING", "APPROVED", "REJECTED" }) String status,
            @Schema(type = SchemaType.ARRAY, implementation = TextScreening.Flag.class,
                    maxItems = TextScreening.FLAGS) List<String> flags,
            Instant createdAt) {
    }

    @Transactional
    public Reply reply(String therapistSubject, UUID reviewId, String text) {
        UUID therapist = therapists.ownedBy(therapistSubject)
                .orElseThrow(() -> ProblemException.notFound("There is no review " + reviewId + " of yours."));
        List<?> review = em.createNativeQuery("SELECT 1 FROM review WHERE id = ?1 AND therapist_id = ?2 FOR UPDATE")
                .setParameter(1, reviewId).setParameter(2, therapist).getResultList();
        if (review.isEmpty()) {
            throw ProblemException.notFound("There is no review " + reviewId + " of yours.");
        }
        if (!em.createNativeQuery("SELECT 1 FROM reply WHERE review_id = ?1").setParameter(1, reviewId).getResultList().isEmpty()) {
            throw ProblemException.conflict("You have already replied to this review; there is one reply per review.");
        }
        List<String> flags = TextScreening.reply(text).stream().map(Enum::name).toList();
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                INSERT INTO reply (review_id, author_subject, text, status, flags, created_at) VALUES (?1, ?2, ?3, 'PENDING', ?4, ?5)""")
                .setParameter(1, reviewId).setParameter(2, therapistSubject).setParameter(3, text.strip())
                .setParameter(4, flags.toArray(String[]::new)).setParameter(5, Timestamp.from(now)).executeUpdate();
        return new Reply(reviewId, text.strip(), "PENDING", flags, now);
    }

    /** The queue, oldest first; flagged texts carry their flags. */
    @Transactional
    public Page<Pending> queue(Kind kind, int page, int size) {
        String comments = """
                SELECT 'COMMENT' AS kind, r.id, r.therapist_id, r.condition_code, r.comment AS text,
                       array_to_string(r.comment_flags, ',') AS flags, r.created_at
                FROM review r WHERE r.comment_status = 'PENDING'""";
        String replies = """
                SELECT 'REPLY' AS kind, r.id, r.therapist_id, r.condition_code, p.text, array_to_string(p.flags, ','), p.created_at
                FROM reply p JOIN review r ON r.id = p.review_id WHERE p.status = 'PENDING'""";
        String union = kind == Kind.COMMENT ? comments : kind == Kind.REPLY ? replies : comments + " UNION ALL " + replies;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT * FROM (" + union + ") q ORDER BY 7, 2")
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + union + ") q").getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> {
            Kind each = Kind.valueOf((String) r[0]);
            String text = (String) r[4];
            return new Pending(each, (UUID) r[1], (UUID) r[2], (String) r[3], text,
                    ((String) r[5]).isEmpty() ? List.of() : List.of(((String) r[5]).split(",")),
                    TextScreening.marks(text, each == Kind.REPLY), NativeSql.instant(r[6]));
        }).toList(), page, size, total);
    }

    /** Approves or rejects a pending text; a rejection needs a reason. Who decided and why is kept with it. */
    @Transactional
    public void decide(String admin, Kind kind, UUID reviewId, boolean approve, String reason) {
        String table = kind == Kind.COMMENT ? "review" : "reply";
        String status = kind == Kind.COMMENT ? "comment_status" : "status";
        String key = kind == Kind.COMMENT ? "id" : "review_id";
        List<?> found = em.createNativeQuery("SELECT " + status + " FROM " + table + " WHERE " + key + " = ?1 FOR UPDATE")
                .setParameter(1, reviewId).getResultList();
        if (found.isEmpty() || "NONE".equals(found.get(0))) {
            throw ProblemException.notFound("There is no " + kind.name().toLowerCase() + " on review " + reviewId + ".");
        }
        if (!"PENDING".equals(found.get(0))) {
            throw ProblemException.conflict("This " + kind.name().toLowerCase() + " was already " + ((String) found.get(0))
                    .toLowerCase() + ".");
        }
        em.createNativeQuery("UPDATE " + table + " SET " + status + " = ?1, moderated_by = ?2, moderated_at = ?3,"
                + " moderation_reason = ?4 WHERE " + key + " = ?5")
                .setParameter(1, approve ? "APPROVED" : "REJECTED").setParameter(2, admin)
                .setParameter(3, Timestamp.from(Instant.now(clock))).setParameter(4, reason).setParameter(5, reviewId)
                .executeUpdate();
        audit.record(admin, kind.name().toLowerCase() + (approve ? ".approved" : ".rejected"), "review", reviewId, reason);
    }
}
