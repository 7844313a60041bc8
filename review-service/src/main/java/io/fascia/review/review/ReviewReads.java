package io.fascia.review.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.web.Page;
import io.fascia.review.followup.CheckIn;
import io.fascia.review.moderation.Reply;
import io.fascia.review.session.SessionEvent;

/** Reviews as their author, their therapist and the public see them. */
@ApplicationScoped
public class ReviewReads {

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
        return views(List.of(em.find(Review.class, id))).get(0);
    }

    /** The client's reviews, newest first. */
    @Transactional
    public Page<ReviewView> ofClient(String client, int page, int size) {
        List<Review> reviews = em.createQuery("from Review where clientSubject = ?1 order by createdAt desc, id", Review.class)
                .setParameter(1, client).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(r) from Review r where r.clientSubject = ?1", Long.class)
                .setParameter(1, client).getSingleResult();
        return new Page<>(views(reviews), page, size, total);
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
        return replies(reviews).values().stream().collect(Collectors.toMap(Reply::reviewId,
                r -> new OwnReply(r.text(), r.moderation().status().name(), r.moderation().reason())));
    }

    /** Every review of a therapist, newest first, as the public sees them. */
    @Transactional
    public Page<PublicReview> publicOf(UUID therapist, int page, int size) {
        List<Review> reviews = em.createQuery("from Review where therapistId = ?1 order by createdAt desc, id", Review.class)
                .setParameter(1, therapist).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(r) from Review r where r.therapistId = ?1", Long.class)
                .setParameter(1, therapist).getSingleResult();
        List<UUID> ids = reviews.stream().map(Review::id).toList();
        Map<UUID, List<CheckIn>> checkIns = checkIns(ids);
        Map<UUID, Reply> replies = replies(ids);
        return new Page<>(reviews.stream().map(r -> {
            List<CheckIn> asked = checkIns.getOrDefault(r.id(), List.of());
            Integer painAtLast = asked.isEmpty() ? null : asked.get(asked.size() - 1).painNow();
            Reply reply = replies.get(r.id());
            return r.publicView(painAtLast, reply != null && reply.moderation().approved() ? reply.text() : null);
        }).toList(), page, size, total);
    }

    private List<ReviewView> views(List<Review> reviews) {
        Map<UUID, List<CheckIn>> checkIns = checkIns(reviews.stream().map(Review::id).toList());
        return reviews.stream().map(r -> r.view(checkIns.getOrDefault(r.id(), List.of()).stream().map(CheckIn::view).toList()))
                .toList();
    }

    /** The check-ins of these reviews, in order of asking. */
    private Map<UUID, List<CheckIn>> checkIns(List<UUID> reviews) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from CheckIn where reviewId in :reviews order by ordinal", CheckIn.class)
                .setParameter("reviews", reviews).getResultStream()
                .collect(Collectors.groupingBy(CheckIn::reviewId, Collectors.toList()));
    }

    private Map<UUID, Reply> replies(List<UUID> reviews) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Reply where reviewId in :reviews", Reply.class).setParameter("reviews", reviews)
                .getResultStream().collect(Collectors.toMap(Reply::reviewId, r -> r));
    }
}
