package io.fascia.directory.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.listing.Offering;
import io.fascia.directory.standing.Badge;
import io.fascia.directory.standing.Standing;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.directory.taxonomy.TaxonomyViews;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.openapi.Formats;

/** How listings look to API callers; entities never leave the service. */
public final class ListingViews {

    private ListingViews() {
    }

    public record AddressView(@Size(max = ListingRequests.STREET_MAX) String street,
            @Size(max = ListingRequests.PLACE_MAX) String city,
            @Size(max = ListingRequests.PLACE_MAX) String region, @Size(max = ListingRequests.POSTAL_CODE_MAX) String postalCode,
            @Size(max = 2) @Schema(pattern = ListingRequests.COUNTRY) String country) {
    }

    public record LocationView(double latitude, double longitude) {
    }

    public record TechniqueView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = TaxonomyViews.NAME_MAX) String name, boolean usesTools, Boolean toolsAllowed) {
    }

    public record ConditionView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = TaxonomyViews.NAME_MAX) String name) {
    }

    public record OfferingView(UUID id, Offering.Kind kind, @Size(max = ListingRequests.TITLE_MAX) String title,
            @Min(ListingRequests.MINUTES_MIN) @Max(ListingRequests.MINUTES_MAX) int minutes, BigDecimal price,
            @Size(min = Bounds.CURRENCY, max = Bounds.CURRENCY) @Schema(pattern = Bounds.CURRENCY_PATTERN) String currency,
            Offering.SessionType sessionType) {

        static OfferingView of(Offering offering) {
            return new OfferingView(offering.id, offering.kind, offering.title, offering.minutes,
                    BigDecimal.valueOf(offering.priceCents, 2), offering.currency, offering.sessionType);
        }
    }

    /** What clients and anonymous visitors see: no owner subject, no lifecycle details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicListingView(UUID id, @Size(max = ListingRequests.DISPLAY_NAME_MAX) String displayName,
            @Size(max = ListingRequests.BIO_MAX) String bio, Listing.PracticeSetting practiceSetting,
            AddressView address, LocationView location, @Min(1) @Max(ListingRequests.RADIUS_KM_MAX) Integer serviceRadiusKm,
            @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE, maxLength = 64) String timeZone,
            @Size(max = ListingRequests.LANGUAGES_MAX) List<@Size(max = 2) @Pattern(regexp = ListingRequests.LANGUAGE) String> languages,
            boolean acceptsReferrals, @Min(0) @Max(ListingRequests.WINDOW_HOURS_MAX) int cancellationWindowHours,
            @Size(max = ListingRequests.TECHNIQUES_MAX) List<TechniqueView> techniques,
            @Size(max = ListingRequests.CONDITIONS_MAX) List<ConditionView> conditions,
            @Size(max = ListingRequests.OFFERINGS_MAX) List<OfferingView> offerings,
            @Size(max = Badge.COUNT) List<Badge> badges) {
    }

    /** What the owner and admins see: the public view plus where the listing stands and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManagedListingView(UUID id, @Size(max = Bounds.SUBJECT) String ownerSubject,
            @Schema(enumeration = { "DRAFT", "PUBLISHED", "UNPUBLISHED", SUSPENDED }) String status, Listing.Status ownerStatus,
            Instant suspendedAt, @Size(max = ListingRequests.REASON_MAX) String suspensionReason, boolean publiclyVisible,
            @Size(max = Standing.REASONS_MAX) List<@Size(max = Standing.REASON_MAX) String> notVisibleBecause,
            PublicListingView listing, Instant createdAt, Instant updatedAt) {
    }

    static PublicListingView publicView(Listing listing, Standing standing, Taxonomy taxonomy) {
        AddressView address = listing.city == null && listing.street == null && listing.country == null ? null
                : new AddressView(listing.street, listing.city, listing.region, listing.postalCode, listing.country);
        LocationView location = listing.latitude == null ? null : new LocationView(listing.latitude, listing.longitude);
        List<TechniqueView> techniques = listing.techniques.stream()
                .map(t -> taxonomy.technique(t.techniqueCode).map(v -> new TechniqueView(v.code(), v.name(), v.usesTools(),
                        v.usesTools() ? t.toolsAllowed : null)).orElseThrow())
                .toList();
        List<ConditionView> conditions = listing.conditions.stream()
                .map(c -> taxonomy.condition(c).map(v -> new ConditionView(v.code(), v.name())).orElseThrow())
                .toList();
        return new PublicListingView(listing.id, listing.displayName, listing.bio, listing.practiceSetting, address, location,
                listing.serviceRadiusKm, listing.timeZone, List.of(listing.languages), listing.acceptsReferrals,
                listing.cancellationWindowHours, techniques, conditions,
                listing.offerings.stream().map(OfferingView::of).toList(),
                standing.badges().stream().sorted(Comparator.comparing(Badge::name)).toList());
    }

    /** The status a managed view shows for a suspended listing, whatever its owner's status. */
    static final String SUSPENDED = "SUSPENDED";

    static ManagedListingView managedView(Listing listing, Standing standing, Taxonomy taxonomy) {
        String status = listing.suspended() ? SUSPENDED : listing.status.name();
        return new ManagedListingView(listing.id, listing.ownerSubject, status, listing.status, listing.suspendedAt,
                listing.suspensionReason, standing.publiclyVisible(), standing.notVisibleBecause(),
                publicView(listing, standing, taxonomy), listing.createdAt, listing.updatedAt);
    }
}
