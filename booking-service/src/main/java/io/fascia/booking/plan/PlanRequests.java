package io.fascia.booking.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a therapist writes after an assessment. Region codes are the directory's taxonomy codes. */
public final class PlanRequests {

    static final String REGION = "^[a-z][a-z0-9-]*$";
    static final String REGION_MESSAGE = "must be a body region code such as 'upper-back'";

    public static final int GOALS_MAX = 10;
    public static final int GOAL_MAX = 300;
    public static final int SESSIONS_MAX = 52;
    public static final int INTERVAL_DAYS_MAX = 90;
    public static final int HOMECARE_MAX = 20;

    private PlanRequests() {
    }

    public record PlanRequest(@Valid @NotNull Findings findings,
            @NotEmpty @Size(max = GOALS_MAX) List<@NotBlank @Size(max = GOAL_MAX) String> goals,
            @NotNull @Min(1) @Max(SESSIONS_MAX) Integer plannedSessions,
            @NotNull @Min(1) @Max(INTERVAL_DAYS_MAX) Integer intervalDays,
            @NotNull @Size(max = HOMECARE_MAX) List<@Valid @NotNull Exercise> homecare) {
    }

    /**
     * Where it hurts, where the therapist suspects it comes from (tight pectorals for pain between
     * the shoulder blades), and the compensations they found.
     */
    public record Findings(
            @NotEmpty @Size(max = 24) List<@NotBlank @Size(max = 64) @Pattern(regexp = REGION,
                    message = REGION_MESSAGE) String> painfulRegions,
            @NotNull @Size(max = 24) List<@NotBlank @Size(max = 64) @Pattern(regexp = REGION,
                    message = REGION_MESSAGE) String> suspectedCauseRegions,
            @Size(max = 2000) String compensations) {
    }

    /** @param frequency in the therapist's words, e.g. "twice a day, 3 sets of 10" */
    public record Exercise(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 2000) String instructions,
            @NotBlank @Size(max = 100) String frequency,
            @NotBlank @Size(max = 64) @Pattern(regexp = REGION, message = REGION_MESSAGE) String bodyRegion) {
    }
}
