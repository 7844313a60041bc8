package io.fascia.booking.series;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.booking.booking.StatusChange;
import io.fascia.booking.plan.PlanRequests;

/** What a client sends to book, or cancel, the remaining sessions of a treatment plan. */
public final class SeriesRequests {

    private SeriesRequests() {
    }

    /** What to do when some sessions of a series cannot be booked. */
    public enum IfTaken {
        /** Book nothing and say which sessions are not free (the default). */
        BOOK_NONE,
        /** Book the free sessions and list the others. */
        BOOK_THE_REST
    }

    /**
     * @param firstStart the first session's start: an open start of the offering; the others follow
     *                   at the same wall-clock time in the therapist's zone
     * @param everyDays  days between sessions; the plan's interval when left out
     * @param sessions   how many sessions; the plan's remaining ones when left out
     * @param ifTaken    BOOK_NONE when left out
     */
    public record SeriesRequest(@NotNull UUID offeringId, @NotNull OffsetDateTime firstStart,
            @Min(1) @Max(PlanRequests.INTERVAL_DAYS_MAX) Integer everyDays,
            @Min(1) @Max(PlanRequests.SESSIONS_MAX) Integer sessions,
            @Schema(implementation = IfTaken.class) IfTaken ifTaken) {
    }

    public record CancelRequest(@Size(max = StatusChange.REASON_MAX) String reason) {
    }
}
