package io.fascia.directory.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.practice.ListingViews;

/**
 * Makes a signed-in user a therapist: the realm role {@code therapist} is granted, then their
 * DRAFT listing is created. The role comes first and outside any database transaction (a remote
 * call must not hold one open, and a REST client call inside one confuses JTA): if Keycloak
 * refuses, nothing is written. Should the listing then fail, the user is a therapist without a
 * listing, which onboarding again, or saving the profile, completes. Doing it again is harmless.
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

    public Onboarded onboard(String subject, String displayName, String timeZone) {
        ListingRequests.ProfileRequest draft = new ListingRequests.ProfileRequest(displayName, "",
                Listing.PracticeSetting.INDEPENDENT, null, null, null, timeZone, null, false, null, null, null);
        listings.checkProfile(draft);
        therapistRole.grantTo(subject);
        if (listings.findOwned(subject).isPresent()) {
            return new Onboarded(listings.ownView(subject), false);
        }
        return new Onboarded(listings.saveProfile(subject, draft), true);
    }
}
