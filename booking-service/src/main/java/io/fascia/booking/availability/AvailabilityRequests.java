package io.fascia.booking.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A therapist's whole availability, replaced at once; also what they read back. */
public final class AvailabilityRequests {

    private AvailabilityRequests() {
    }

    public record WindowRequest(@NotNull LocalTime start, @NotNull LocalTime end) {
    }

    public record WeeklyWindowRequest(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    /** Windows for one date that replace the weekly ones; none means the date is off. */
    public record OverrideRequest(@NotNull LocalDate date, @Size(max = 10) List<@NotNull @Valid WindowRequest> windows) {
    }

    public record AvailabilityRequest(
            @NotNull @Size(max = 70) List<@NotNull @Valid WeeklyWindowRequest> weekly,
            @Size(max = 400) List<@NotNull @Valid OverrideRequest> overrides,
            @NotNull @Min(0) @Max(120) Integer bufferMinutes,
            @NotNull @Min(0) @Max(720) Integer minimumNoticeHours,
            @NotNull @Min(1) @Max(365) Integer horizonDays,
            @Schema(description = "Minutes between possible starts: 5, 10, 15, 20, 30 or 60 (default 15).", minimum = "5",
                    maximum = "60") Integer slotStepMinutes) {
    }
}
