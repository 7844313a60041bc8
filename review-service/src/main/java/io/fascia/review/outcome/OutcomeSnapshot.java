package io.fascia.review.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.review.session.SessionEvent.SessionType;

/**
 * {@code fascia.review.outcome-snapshot.v1} on {@code fascia.review.outcomes.v1}, key therapistId
 * (schema: src/main/resources/events/outcome-snapshot.v1.json). {@code conditions} lists every
 * condition the therapist has reviews of medical sessions for, the evidence search ranks by;
 * {@code relaxationConditions} (added within v1) the same after relaxation sessions, never mixed
 * in. The latest per key is the truth.
 */
public record OutcomeSnapshot(UUID therapistId, List<ConditionOutcome> conditions, List<ConditionOutcome> relaxationConditions,
        Instant snapshotAt) {

    public static final String TOPIC = "fascia.review.outcomes.v1";
    public static final String TYPE = "fascia.review.outcome-snapshot.v1";

    public record ConditionOutcome(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            SessionType sessionType, @Min(0) @Max(Integer.MAX_VALUE) int reviewCount,
            @Min(0) @Max(Integer.MAX_VALUE) int settledReviewCount, Double meanPainChangeAfterSession,
            Double meanPainChangeAt4Weeks, double durableResponderShare, Double followUpResponseRate, double shrunkScore,
            double platformDurableResponderShare, OutcomeMath.PainCurve painCurve) {

        static ConditionOutcome of(OutcomeMath.Aggregate a, SessionType sessionType) {
            return new ConditionOutcome(a.condition(), sessionType, a.reviewCount(), a.settledReviews(),
                    a.meanPainChangeAfterSession(), a.meanPainChangeAt4Weeks(), a.durableResponderShare(), a.followUpResponseRate(), a.shrunkScore(),
                    a.platformDurableResponderShare(), a.painCurve());
        }
    }
}
