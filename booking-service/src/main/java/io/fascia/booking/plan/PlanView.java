package io.fascia.booking.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.platform.openapi.Bounds;

/**
 * One version of a treatment plan. Health data: for the plan's client, its therapist and admins.
 *
 * @param basedOnBookingId the session whose assessment this version records
 * @param latestVersion    the plan's newest version, so a reader of an old one knows
 */
public record PlanView(UUID planId, UUID therapistId, @Size(max = ListingSnapshot.DISPLAY_NAME_MAX) String therapistName,
        @Size(max = Bounds.SUBJECT) String clientSubject, @Min(1) @Max(Integer.MAX_VALUE) int version,
        @Min(1) @Max(Integer.MAX_VALUE) int latestVersion, UUID basedOnBookingId, PlanRequests.Findings findings,
        @Size(max = PlanRequests.GOALS_MAX) List<@Size(max = PlanRequests.GOAL_MAX) String> goals,
        @Min(1) @Max(PlanRequests.SESSIONS_MAX) int plannedSessions,
        @Min(1) @Max(PlanRequests.INTERVAL_DAYS_MAX) int intervalDays,
        @Size(max = PlanRequests.HOMECARE_MAX) List<PlanRequests.Exercise> homecare, @Size(max = Bounds.SUBJECT) String writtenBy,
        Instant writtenAt) {
}
