package io.fascia.booking.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.fascia.platform.openapi.Bounds;

/** What a client sends to book. */
public final class BookingRequests {

    /** The bounds of an intake. */
    public static final int BODY_REGIONS_MAX = 10;
    public static final int PAIN_MAX = 10;
    public static final int GOALS_MAX = 1000;

    private BookingRequests() {
    }

    /**
     * @param intake required for a client's first booking with a therapist: it prepares the assessment
     */
    public record BookingRequest(@NotNull UUID therapistId, @NotNull UUID offeringId, @NotNull OffsetDateTime start,
            @Valid IntakeRequest intake) {
    }

    public record IntakeRequest(
            @NotBlank @Size(max = Bounds.TAXONOMY_CODE) @Pattern(regexp = Bounds.TAXONOMY_CODE_PATTERN,
                    message = "must be a condition code such as 'low-back-pain'") String condition,
            @NotEmpty @Size(max = BODY_REGIONS_MAX) List<@NotBlank @Size(max = Bounds.TAXONOMY_CODE) @Pattern(regexp = Bounds.TAXONOMY_CODE_PATTERN,
                    message = "must be a body region code") String> bodyRegions,
            @NotNull @Min(0) @Max(PAIN_MAX) Integer painNow,
            @NotBlank @Size(max = GOALS_MAX) String goals,
            @NotNull Boolean physicianReferral,
            @NotNull @AssertTrue(message = "must be given: treatment needs the client's consent") Boolean consent) {
    }
}
