package io.fascia.review.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.fascia.platform.problem.ProblemException;
import io.fascia.review.moderation.ModerationState;
import io.fascia.review.moderation.TextScreening;
import io.fascia.review.session.Session;

/**
 * A client's outcome review of one completed session: the scores are fixed once given; only its
 * comment's moderation moves on. The session's baseline, condition and type are copied in, so
 * outcomes are computed from the review alone.
 */
@Entity
@Table(name = "review")
public class Review {

    /** The conditions counted in headache days. */
    private static final List<String> HEADACHE_CONDITIONS = List.of("tension-headache", "migraine");

    @Id
    private UUID id;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private UUID bookingId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private UUID therapistId;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    @Column(name = "condition_code", nullable = false, updatable = false)
    private String conditionCode;

    @Column(name = "session_type", nullable = false, updatable = false)
    private String sessionType;

    @Column(name = "baseline_pain", nullable = false, updatable = false)
    private int baselinePain;

    @Column(name = "pain_after", nullable = false, updatable = false)
    private int painAfter;

    @Column(name = "soreness_days", nullable = false, updatable = false)
    private int sorenessDays;

    @Column(nullable = false, updatable = false)
    private int pgic;

    @Column(name = "assessed_first", nullable = false, updatable = false)
    private boolean assessedFirst;

    @Column(name = "plan_discussed", nullable = false, updatable = false)
    private boolean planDiscussed;

    @Column(name = "homecare_assigned", nullable = false, updatable = false)
    private boolean homecareAssigned;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", updatable = false)
    private ReviewRequest.ConditionMeasure.Kind measureKind;

    @Column(name = "measure_activity", updatable = false)
    private String measureActivity;

    @Column(name = "measure_value", updatable = false)
    private Integer measureValue;

    @Column(name = "would_recommend", nullable = false, updatable = false)
    private boolean wouldRecommend;

    @Column(updatable = false)
    private String comment;

    @Embedded
    @AttributeOverride(name = "status", column = @Column(name = "comment_status", nullable = false))
    private ModerationState commentModeration;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "comment_flags", nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] commentFlags;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Review() {
    }

    /**
     * The client's review of a reviewable session (the caller checks {@link Session#requireReviewable}).
     * A condition measure must fit the session's condition; a comment waits for moderation, marked
     * with what screening found.
     */
    public static Review of(Session session, ReviewRequest request, Instant now) {
        ReviewRequest.ConditionMeasure measure = request.conditionMeasure();
        checkMeasure(session.conditionCode(), measure);
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.bookingId = session.bookingId();
        r.therapistId = session.therapistId();
        r.clientSubject = session.clientSubject();
        r.conditionCode = session.conditionCode();
        r.sessionType = session.sessionType();
        r.baselinePain = session.baselinePain();
        r.painAfter = request.painAfter();
        r.sorenessDays = request.sorenessDays();
        r.pgic = request.pgic();
        r.assessedFirst = request.assessedBeforeTreatment();
        r.planDiscussed = request.planDiscussed();
        r.homecareAssigned = request.homecareAssigned();
        if (measure != null) {
            r.measureKind = measure.kind();
            boolean activity = measure.kind() == ReviewRequest.ConditionMeasure.Kind.ACTIVITY;
            r.measureActivity = activity ? measure.activity().strip() : null;
            r.measureValue = measure.value();
        }
        r.wouldRecommend = request.wouldRecommend();
        r.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        r.commentModeration = ModerationState.of(r.comment);
        r.commentFlags = TextScreening.comment(r.comment).stream().map(Enum::name).toArray(String[]::new);
        r.createdAt = now;
        return r;
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
                throw ProblemException.invalid("conditionMeasure.activity",
                        "name the activity you scored, e.g. 'sit through a workday'");
            }
            if (measure.value() > 10) {
                throw ProblemException.invalid("conditionMeasure.value", "an activity score is 0-10");
            }
        } else if (measure.activity() != null) {
            throw ProblemException.invalid("conditionMeasure.activity", "only an activity score names an activity");
        }
    }

    /** The comment's moderation: decided by {@link ModerationState#decide}. */
    public ModerationState commentModeration() {
        return commentModeration;
    }

    /** The review as its author sees it, with its check-ins. */
    public ReviewView view(List<ReviewView.CheckInView> checkIns) {
        ReviewRequest.ConditionMeasure measure = measureKind == null ? null
                : new ReviewRequest.ConditionMeasure(measureKind, measureActivity, measureValue);
        return new ReviewView(id, bookingId, therapistId, conditionCode, sessionType, baselinePain, painAfter, sorenessDays, pgic,
                assessedFirst, planDiscussed, homecareAssigned, measure, wouldRecommend, comment,
                commentModeration.status().name(), checkIns, createdAt);
    }

    /** The review on a public page: no author, the month only, the comment once approved. */
    public ReviewReads.PublicReview publicView(Integer painAt4Weeks, String approvedReply) {
        return new ReviewReads.PublicReview(id, ReviewReads.PublicReview.AUTHOR, conditionCode, sessionType, baselinePain,
                painAfter, painAt4Weeks, sorenessDays, pgic, assessedFirst, planDiscussed, homecareAssigned, wouldRecommend,
                commentModeration.approved() ? comment : null, approvedReply,
                java.time.YearMonth.from(createdAt.atOffset(java.time.ZoneOffset.UTC)));
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public String conditionCode() {
        return conditionCode;
    }

    public String comment() {
        return comment;
    }

    public List<String> commentFlags() {
        return List.of(commentFlags);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int painAfter() {
        return painAfter;
    }
}
