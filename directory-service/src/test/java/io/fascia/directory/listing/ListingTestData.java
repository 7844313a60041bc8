package io.fascia.directory.listing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.fascia.directory.practice.ListingService;

/** Listings in a known state, made through the service as their owner would. */
public final class ListingTestData {

    private ListingTestData() {
    }

    /** A complete, published listing (not yet visible: that needs a verified licence). */
    public static UUID publishedListing(ListingService listings, String owner) {
        return publishedListing(listings, owner, ListingFixtures.profileRequest("Therapist " + owner));
    }

    public static UUID publishedListing(ListingService listings, String owner, ListingRequests.ProfileRequest profile) {
        UUID id = listings.saveProfile(owner, profile).id();
        listings.addOffering(owner, ListingFixtures.assessmentRequest());
        listings.publish(owner);
        return id;
    }

    /** A profile at a given place, with the given techniques ("code" or "code:no-tools") and conditions. */
    public static ListingRequests.ProfileRequest profileAt(String name, Listing.PracticeSetting setting, double latitude,
            double longitude, List<String> techniques, List<String> conditions) {
        return profileAt(name, setting, latitude, longitude, setting == Listing.PracticeSetting.MOBILE ? 15 : null, techniques,
                conditions);
    }

    /** The same, for a therapist who travels up to {@code serviceRadiusKm} (mobile ones must say). */
    public static ListingRequests.ProfileRequest profileAt(String name, Listing.PracticeSetting setting, double latitude,
            double longitude, Integer serviceRadiusKm, List<String> techniques, List<String> conditions) {
        return new ListingRequests.ProfileRequest(name, "", setting,
                new ListingRequests.Address(null, "Reykjavik", null, null, "IS"),
                new ListingRequests.Location(latitude, longitude),
                serviceRadiusKm, "Atlantic/Reykjavik", List.of("en", "is"), false, 24,
                techniques.stream().map(t -> t.endsWith(":no-tools")
                        ? new ListingRequests.TechniqueChoice(t.substring(0, t.length() - ":no-tools".length()), false)
                        : new ListingRequests.TechniqueChoice(t, true)).toList(),
                conditions);
    }

    public static ListingRequests.OfferingRequest followUp(BigDecimal price) {
        return new ListingRequests.OfferingRequest(Offering.Kind.FOLLOW_UP, "Follow-up session", 60, price, "USD",
                Offering.SessionType.MEDICAL);
    }
}
