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

/** What a client sends to book. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /**
     * @param intake required for a client's first booking with a therapist: it prepares the assessment
     */
    public record BookingRequest(@NotNull UUID therapistId, @NotNull UUID offeringId, @NotNull OffsetDateTime start,
            @Valid IntakeRequest intake) {
    }

    public record IntakeRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z][a-z0-9-]*$",
                    message = "must be a condition code such as 'low-back-pain'") String condition,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z][a-z0-9-]*$",
                    message = "must be a body region code") String> bodyRegions,
            @NotNull @Min(0) @Max(10) Integer painNow,
            @NotBlank @Size(max = 1000) String goals,
            @NotNull Boolean physicianReferral,
            @NotNull @AssertTrue(message = "must be given: treatment needs the client's consent") Boolean consent) {
    }
}
