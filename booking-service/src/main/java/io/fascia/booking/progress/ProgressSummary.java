package io.fascia.booking.progress;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.platform.openapi.Bounds;

/**
 * A read-only summary of one treatment (one therapist's plan for one client), frozen when the
 * client creates a link to it: the condition, the therapist and their verified credentials, the
 * plan's goals and homecare, the sessions attended, and the client's pain at each measurement.
 * Nothing else: no notes, no intake answers, no ids.
 *
 * @param clientName       the name on the client's bookings, so the doctor knows whose summary it is
 * @param condition        the condition code of the client's latest intake with this therapist
 * @param attendedSessions when each completed session started, oldest first
 */
public record ProgressSummary(@Size(max = Bounds.PERSON_NAME) String clientName,
        @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
        Therapist therapist, @Size(max = PlanRequests.GOALS_MAX) List<@Size(max = PlanRequests.GOAL_MAX) String> goals,
        @Min(1) @Max(PlanRequests.SESSIONS_MAX) int plannedSessions,
        @Min(1) @Max(PlanRequests.INTERVAL_DAYS_MAX) int intervalDays,
        @Size(max = PlanRequests.HOMECARE_MAX) List<PlanRequests.Exercise> homecare, Instant planWrittenAt,
        @Min(0) @Max(Integer.MAX_VALUE) int sessionsAttended, @Size(max = SESSIONS_LISTED) List<Instant> attendedSessions,
        @Size(max = POINTS_MAX) List<PainPoint> pain, Instant preparedAt) {

    /** The most sessions and pain points a summary lists: the latest. */
    public static final int SESSIONS_LISTED = 200;
    public static final int POINTS_MAX = 600;

    /**
     * @param credentials the kinds of credential directory-service verified (LICENSED, BOARD_CERTIFIED, ...)
     * @param timeZone    where the sessions take place; dates are shown there
     */
    public record Therapist(@Size(max = ListingSnapshot.DISPLAY_NAME_MAX) String displayName,
            @Size(max = ListingSnapshot.BADGES_MAX) List<@Size(max = 40) String> credentials,
            @Size(max = 64) String timeZone) {
    }

    /** Where a pain score was taken: at intake before a session, right after it, or at a later check-in. */
    public enum Measure {
        BEFORE_SESSION, AFTER_SESSION, CHECK_IN
    }

    /**
     * @param pain     0 (none) to 10 (worst imaginable), the client's own rating
     * @param dueAfter for a check-in, how long after its session it was asked (P7D, P28D)
     */
    public record PainPoint(Measure measure, @Min(0) @Max(PainReport.PAIN_MAX) int pain, Instant at,
            @Size(max = PainReport.DUE_AFTER_MAX) @Schema(format = "duration") String dueAfter) {
    }
}
