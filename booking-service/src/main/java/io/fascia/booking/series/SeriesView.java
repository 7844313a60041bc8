package io.fascia.booking.series;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.booking.booking.BookingView;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.platform.openapi.Formats;

/**
 * A series as its client and therapist see it: the sessions booked, each an ordinary booking
 * with its current status, and those that could not be booked, with why.
 *
 * @param timeZone the therapist's zone, whose wall-clock time the sessions keep
 */
public record SeriesView(UUID id, UUID planId, UUID therapistId, UUID offeringId,
        @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE, maxLength = 64) String timeZone,
        @Min(1) @Max(PlanRequests.INTERVAL_DAYS_MAX) int everyDays, @Min(1) @Max(PlanRequests.SESSIONS_MAX) int sessions,
        @Schema(implementation = SeriesRequests.IfTaken.class) String ifTaken,
        @Size(max = PlanRequests.SESSIONS_MAX) List<BookingView> booked,
        @Size(max = PlanRequests.SESSIONS_MAX) List<NotBooked> notBooked) {

    /** A session of the series that was not booked: its place, its start and why. */
    public record NotBooked(@Min(1) @Max(PlanRequests.SESSIONS_MAX) int position, OffsetDateTime start,
            @Size(max = 500) String reason) {
    }
}
