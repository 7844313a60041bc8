package io.fascia.directory.listing;

import java.util.UUID;

/** Listings in a known state, made through the service as their owner would. */
public final class ListingTestData {

    private ListingTestData() {
    }

    /** A complete, published listing (not yet visible: that needs a verified licence). */
    public static UUID publishedListing(ListingService listings, String owner) {
        UUID id = listings.saveProfile(owner, ListingFixtures.profileRequest("Therapist " + owner)).id();
        listings.addOffering(owner, ListingFixtures.assessmentRequest());
        listings.publish(owner);
        return id;
    }
}
