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

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.openapi.Formats;

/** What a therapist sends to write their listing. */
public final class ListingRequests {

    /** The bounds of what a listing holds; its views state the same. */
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int BIO_MAX = 4000;
    public static final int RADIUS_KM_MAX = 250;
    public static final int LANGUAGES_MAX = 20;
    public static final int WINDOW_HOURS_MAX = 168;
    public static final int TECHNIQUES_MAX = 30;
    public static final int CONDITIONS_MAX = 30;
    public static final int OFFERINGS_MAX = 20;
    public static final int STREET_MAX = 200;
    public static final int PLACE_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int TITLE_MAX = 120;
    public static final int MINUTES_MIN = 15;
    public static final int MINUTES_MAX = 240;
    public static final int REASON_MAX = 1000;
    public static final String LANGUAGE = "^[a-z]{2}$";
    public static final String COUNTRY = "^[A-Z]{2}$";

    private ListingRequests() {
    }

    /** The whole profile, replaced at once (PUT). */
    public record ProfileRequest(
            @NotBlank @Size(min = 2, max = DISPLAY_NAME_MAX) String displayName,
            @Size(max = BIO_MAX) String bio,
            @NotNull Listing.PracticeSetting practiceSetting,
            @Valid Address address,
            @Valid Location location,
            @Min(1) @Max(RADIUS_KM_MAX) Integer serviceRadiusKm,
            @NotBlank @Size(max = 64) @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                    maxLength = 64) String timeZone,
            @Size(max = LANGUAGES_MAX) List<@NotNull @Size(max = 2) @Pattern(regexp = LANGUAGE,
                    message = "must be an ISO 639-1 code such as 'en'") String> languages,
            boolean acceptsReferrals,
            @Min(0) @Max(WINDOW_HOURS_MAX) Integer cancellationWindowHours,
            @Size(max = TECHNIQUES_MAX) List<@NotNull @Valid TechniqueChoice> techniques,
            @Size(max = CONDITIONS_MAX) List<@NotBlank @Size(max = Bounds.TAXONOMY_CODE) String> conditions) {
    }

    public record Address(
            @Size(max = STREET_MAX) String street,
            @Size(max = PLACE_MAX) String city,
            @Size(max = PLACE_MAX) String region,
            @Size(max = POSTAL_CODE_MAX) String postalCode,
            @Size(max = 2) @Pattern(regexp = COUNTRY,
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
    public record TechniqueChoice(@NotBlank @Size(max = Bounds.TAXONOMY_CODE) String code, Boolean toolsAllowed) {
    }

    public record OfferingRequest(
            @NotNull Offering.Kind kind,
            @NotBlank @Size(min = 2, max = TITLE_MAX) String title,
            @NotNull @Min(MINUTES_MIN) @Max(MINUTES_MAX) Integer minutes,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 7,
                    fraction = 2) BigDecimal price,
            @NotNull @Size(max = Bounds.CURRENCY) @CurrencyCode @Schema(pattern = Bounds.CURRENCY_PATTERN) String currency,
            @NotNull Offering.SessionType sessionType) {
    }

    /** An admin's reason for suspending or reinstating; required, it goes to the audit log. */
    public record ReasonRequest(@NotBlank @Size(max = REASON_MAX) String reason) {
    }
}
