package io.fascia.review.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A client's outcome review of a completed session. The baseline pain is not asked again: it
 * comes from the session's intake.
 *
 * @param painAfter    pain right after the session, 0-10 (NPRS)
 * @param sorenessDays days of expected post-treatment soreness, so "it hurt" is not read as "it did not help"
 * @param pgic         Patient Global Impression of Change: 1 very much worse ... 4 no change ... 7 very much improved
 */
public record ReviewRequest(@NotNull @Min(0) @Max(PAIN_MAX) Integer painAfter,
        @NotNull @Min(0) @Max(SORENESS_DAYS_MAX) Integer sorenessDays, @NotNull @Min(PGIC_MIN) @Max(PGIC_MAX) Integer pgic,
        @NotNull Boolean assessedBeforeTreatment, @NotNull Boolean planDiscussed, @NotNull Boolean homecareAssigned,
        @Valid ConditionMeasure conditionMeasure, @NotNull Boolean wouldRecommend, @Size(max = TEXT_MAX) String comment) {

    /** The scales' bounds (NPRS 0-10, PGIC 1-7), and the longest comment, reply or moderator's reason. */
    public static final int PAIN_MAX = 10;
    public static final int PGIC_MIN = 1;
    public static final int PGIC_MAX = 7;
    public static final int SORENESS_DAYS_MAX = 14;
    public static final int TEXT_MAX = 2000;

    /**
     * Optional, condition-specific: headache days per month (tension headache, migraine), or a
     * 0-10 score for an activity the client names (Patient-Specific Functional Scale style).
     */
    public record ConditionMeasure(@NotNull Kind kind, @Size(max = 100) String activity, @NotNull @Min(0) @Max(31) Integer value) {

        public enum Kind {
            HEADACHE_DAYS, ACTIVITY
        }
    }

    /** A 4-week or 1-week check-in answer. */
    public record CheckInAnswer(@NotNull @Min(0) @Max(PAIN_MAX) Integer painNow,
            @NotNull @Min(PGIC_MIN) @Max(PGIC_MAX) Integer pgic,
            @NotNull Boolean stillDoingHomecare) {
    }

    /** A therapist's public reply, or a moderator's reason. */
    public record Text(@NotBlank @Size(max = TEXT_MAX) String text) {
    }
}
