package io.fascia.review.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.review.session.SessionEvent;

/** A review as its author sees it, with the state of its comment and follow-ups. */
public record ReviewView(UUID id, UUID bookingId, UUID therapistId,
        @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
        @Schema(implementation = SessionEvent.SessionType.class) String sessionType,
        @Min(0) @Max(ReviewRequest.PAIN_MAX) int baselinePain, @Min(0) @Max(ReviewRequest.PAIN_MAX) int painAfter,
        @Min(0) @Max(ReviewRequest.SORENESS_DAYS_MAX) int sorenessDays,
        @Min(ReviewRequest.PGIC_MIN) @Max(ReviewRequest.PGIC_MAX) int pgic, boolean assessedBeforeTreatment,
        boolean planDiscussed, boolean homecareAssigned,
        ReviewRequest.ConditionMeasure conditionMeasure, boolean wouldRecommend,
        @Size(max = ReviewRequest.TEXT_MAX) String comment,
        @Schema(enumeration = { "NONE", "PENDING", "APPROVED", "REJECTED" }) String commentStatus,
        @Size(max = FollowUpPolicy.FOLLOW_UPS_MAX) List<CheckInView> checkIns, Instant createdAt) {

    /** @param status OPEN (due from dueAt until closesAt), ANSWERED or MISSED */
    public record CheckInView(UUID id, @Min(1) @Max(FollowUpPolicy.FOLLOW_UPS_MAX) int ordinal,
            @Size(max = FollowUpPolicy.LABEL_MAX) @Schema(format = "duration") String dueAfter, Instant dueAt, Instant closesAt,
            @Schema(enumeration = { "OPEN", "ANSWERED", "MISSED" }) String status,
            @Min(0) @Max(ReviewRequest.PAIN_MAX) Integer painNow,
            @Min(ReviewRequest.PGIC_MIN) @Max(ReviewRequest.PGIC_MAX) Integer pgic,
            Boolean stillDoingHomecare) {
    }
}
