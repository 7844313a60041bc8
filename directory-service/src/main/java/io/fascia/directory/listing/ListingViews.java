package io.fascia.directory.listing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fascia.directory.standing.Standing;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.platform.openapi.Formats;

/** How listings look to API callers; entities never leave the service. */
public final class ListingViews {

    private ListingViews() {
    }

    public record AddressView(String street, String city, String region, String postalCode, String country) {
    }

    public record LocationView(double latitude, double longitude) {
    }

    public record TechniqueView(String code, String name, boolean usesTools, Boolean toolsAllowed) {
    }

    public record ConditionView(String code, String name) {
    }

    public record OfferingView(UUID id, Offering.Kind kind, String title, int minutes, BigDecimal price, String currency,
            Offering.SessionType sessionType) {

        static OfferingView of(Offering offering) {
            return new OfferingView(offering.id, offering.kind, offering.title, offering.minutes,
                    BigDecimal.valueOf(offering.priceCents, 2), offering.currency, offering.sessionType);
        }
    }

    /** What clients and anonymous visitors see: no owner subject, no lifecycle details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicListingView(UUID id, String displayName, String bio, Listing.PracticeSetting practiceSetting,
            AddressView address, LocationView location, Integer serviceRadiusKm,
                    @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                    maxLength = 64) String timeZone, List<String> languages,
            boolean acceptsReferrals, int cancellationWindowHours, List<TechniqueView> techniques,
            List<ConditionView> conditions, List<OfferingView> offerings, List<String> badges) {
    }

    /** What the owner and admins see: the public view plus where the listing stands and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManagedListingView(UUID id, String ownerSubject, String status, Listing.Status ownerStatus,
            Instant suspendedAt, String suspensionReason, boolean publiclyVisible, List<String> notVisibleBecause,
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
                standing.badges().stream().map(Enum::name).sorted().toList());
    }

    static ManagedListingView managedView(Listing listing, Standing standing, Taxonomy taxonomy) {
        String status = listing.suspended() ? "SUSPENDED" : listing.status.name();
        return new ManagedListingView(listing.id, listing.ownerSubject, status, listing.status, listing.suspendedAt,
                listing.suspensionReason, standing.publiclyVisible(), standing.notVisibleBecause(),
                publicView(listing, standing, taxonomy), listing.createdAt, listing.updatedAt);
    }
}
