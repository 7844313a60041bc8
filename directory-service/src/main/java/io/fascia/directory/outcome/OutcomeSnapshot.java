package io.fascia.directory.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What directory-service reads of review-service's outcome snapshot (schema:
 * review-service/src/main/resources/events/outcome-snapshot.v1.json). Unknown fields are ignored:
 * producers may add fields within a major version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeSnapshot(UUID therapistId, List<ConditionOutcome> conditions, List<ConditionOutcome> relaxationConditions,
        Instant snapshotAt) {

    public static final String TOPIC = "fascia.review.outcomes.v1";

    /** Which sessions an entry's reviews are of: medical in {@code conditions}, relaxation in {@code relaxationConditions}. */
    public enum SessionType {
        MEDICAL, RELAXATION
    }

    /** The relaxation entries; none in snapshots from before they were kept apart. */
    public List<ConditionOutcome> relaxationConditions() {
        return relaxationConditions == null ? List.of() : relaxationConditions;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * @param settledReviewCount the reviews whose 4-week check-in has closed, over which the durable
     *                           share is taken; absent in older snapshots, where every review counted
     * @param shrunkScore        the evidence score review computed (it owns the shrinkage); search ranks
     *                           by it as given
     */
    public record ConditionOutcome(String condition, Integer reviewCount, Integer settledReviewCount,
            Double durableResponderShare, Double meanPainChangeAt4Weeks, Double platformDurableResponderShare,
            Double shrunkScore) {

        /** How many reviews the durable share is over. */
        public int settledReviews() {
            return settledReviewCount == null ? reviewCount : settledReviewCount;
        }
    }
}
