package io.fascia.booking.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a treatment plan. Health data: for the plan's client, its therapist and admins.
 *
 * @param basedOnBookingId the session whose assessment this version records
 * @param latestVersion    the plan's newest version, so a reader of an old one knows
 */
public record PlanView(UUID planId, UUID therapistId, String therapistName, String clientSubject, int version,
        int latestVersion, UUID basedOnBookingId, PlanRequests.Findings findings, List<String> goals, int plannedSessions,
        int intervalDays, List<PlanRequests.Exercise> homecare, String writtenBy, Instant writtenAt) {
}
