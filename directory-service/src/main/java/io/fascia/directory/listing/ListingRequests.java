package io.fascia.directory.listing;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Formats;

/** What a therapist sends to write their listing. */
public final class ListingRequests {

    private ListingRequests() {
    }

    /** The whole profile, replaced at once (PUT). */
    public record ProfileRequest(
            @NotBlank @Size(min = 2, max = 120) String displayName,
            @Size(max = 4000) String bio,
            @NotNull Listing.PracticeSetting practiceSetting,
            @Valid Address address,
            @Valid Location location,
            @Min(1) @Max(250) Integer serviceRadiusKm,
            @NotBlank @Size(max = 64) @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                    maxLength = 64) String timeZone,
            @Size(max = 20) List<@NotNull @Size(max = 2) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be an ISO 639-1 code such as 'en'") String> languages,
            boolean acceptsReferrals,
            @Min(0) @Max(168) Integer cancellationWindowHours,
            @Size(max = 30) List<@NotNull @Valid TechniqueChoice> techniques,
            @Size(max = 30) List<@NotBlank @Size(max = 64) String> conditions) {
    }

    public record Address(
            @Size(max = 200) String street,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Size(max = 2) @Pattern(regexp = "^[A-Z]{2}$",
                    message = "must be an ISO 3166-1 alpha-2 code such as 'US'") String country) {
    }

    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /**
     * @param toolsAllowed for tool-based techniques (IASTM, cupping): whether this practice setting
     *                     lets the therapist use the tools; ignored for the others
     */
    public record TechniqueChoice(@NotBlank @Size(max = 64) String code, Boolean toolsAllowed) {
    }

    public record OfferingRequest(
            @NotNull Offering.Kind kind,
            @NotBlank @Size(min = 2, max = 120) String title,
            @NotNull @Min(15) @Max(240) Integer minutes,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 7,
                    fraction = 2) BigDecimal price,
            @NotNull @Size(max = 3) @CurrencyCode String currency,
            @NotNull Offering.SessionType sessionType) {
    }

    /** An admin's reason for suspending or reinstating; required, it goes to the audit log. */
    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
