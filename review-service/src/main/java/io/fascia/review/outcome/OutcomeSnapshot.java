package io.fascia.review.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;

/**
 * {@code fascia.review.outcome-snapshot.v1} on {@code fascia.review.outcomes.v1}, key therapistId
 * (schema: src/main/resources/events/outcome-snapshot.v1.json). Lists every condition the
 * therapist has reviews for; the latest per key is the truth.
 */
public record OutcomeSnapshot(UUID therapistId, List<ConditionOutcome> conditions, Instant snapshotAt) {

    public static final String TOPIC = "fascia.review.outcomes.v1";
    public static final String TYPE = "fascia.review.outcome-snapshot.v1";

    public record ConditionOutcome(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Min(0) @Max(Integer.MAX_VALUE) int reviewCount, @Min(0) @Max(Integer.MAX_VALUE) int settledReviewCount,
            Double meanPainChangeAfterSession,
            Double meanPainChangeAt4Weeks, double durableResponderShare, Double followUpResponseRate, double shrunkScore,
            double platformDurableResponderShare, OutcomeMath.PainCurve painCurve) {

        static ConditionOutcome of(OutcomeMath.Aggregate a) {
            return new ConditionOutcome(a.condition(), a.reviewCount(), a.settledReviews(), a.meanPainChangeAfterSession(),
                    a.meanPainChangeAt4Weeks(), a.durableResponderShare(), a.followUpResponseRate(), a.shrunkScore(),
                    a.platformDurableResponderShare(), a.painCurve());
        }
    }
}
