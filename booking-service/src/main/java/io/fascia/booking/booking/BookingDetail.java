package io.fascia.booking.booking;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;

/**
 * A booking with its health data, for the booking's client, its therapist and admins only.
 *
 * @param intake the intake that prepares this session: given with it, or the client's latest
 *               earlier one with this therapist
 * @param planId the client's treatment plan with this therapist, once written
 */
public record BookingDetail(BookingView booking, @Size(max = Bounds.SUBJECT) String clientSubject,
        @Size(max = Bounds.PERSON_NAME) String clientName, IntakeView intake, UUID planId) {

    /** @param givenWithBookingId the booking the intake was given with */
    public record IntakeView(UUID givenWithBookingId,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Size(max = BookingRequests.BODY_REGIONS_MAX) List<@Size(max = Bounds.TAXONOMY_CODE) @Pattern(regexp = Bounds.TAXONOMY_CODE_PATTERN) String> bodyRegions,
            @Min(0) @Max(BookingRequests.PAIN_MAX) int painNow, @Size(max = BookingRequests.GOALS_MAX) String goals,
            boolean physicianReferral) {
    }
}
