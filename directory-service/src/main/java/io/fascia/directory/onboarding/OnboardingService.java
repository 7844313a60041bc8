package io.fascia.directory.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.listing.ListingService;
import io.fascia.directory.listing.ListingViews;

/**
 * Makes a signed-in user a therapist: their DRAFT listing is created and the realm role
 * {@code therapist} granted in one go. If Keycloak cannot grant the role, the new listing is
 * rolled back with it. Doing it again is harmless.
 */
@ApplicationScoped
public class OnboardingService {

    /** @param created false when the user already had a listing */
    public record Onboarded(ListingViews.ManagedListingView listing, boolean created) {
    }

    @Inject
    ListingService listings;

    @Inject
    TherapistRole therapistRole;

    @Transactional
    public Onboarded onboard(String subject, String displayName, String timeZone) {
        boolean existing = listings.findOwned(subject).isPresent();
        ListingViews.ManagedListingView listing = existing ? listings.ownView(subject)
                : listings.saveProfile(subject, new ListingRequests.ProfileRequest(displayName, "",
                        Listing.PracticeSetting.INDEPENDENT, null, null, null, timeZone, null, false, null, null, null));
        // Last, so that a refusal rolls the new listing back with it.
        therapistRole.grantTo(subject);
        return new Onboarded(listing, !existing);
    }
}
