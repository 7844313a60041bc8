package io.fascia.directory.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.standing.Badge;

/** Computes a listing's standing from its credentials as of today. */
@ApplicationScoped
public class ListingStandings {

    @Inject
    Clock clock;

    public Standing of(Listing listing) {
        List<Credential> credentials = Credential.list("listingId", listing.id);
        return of(listing, credentials);
    }

    public Standing of(Listing listing, List<Credential> credentials) {
        Set<Badge> badges = Badge.earnedOn(today(), credentials);
        List<String> reasons = new ArrayList<>();
        if (listing.suspended()) {
            reasons.add(Standing.SUSPENDED + listing.suspensionReason);
        }
        if (listing.status != Listing.Status.PUBLISHED) {
            reasons.add("The listing is not published.");
        }
        if (!badges.contains(Badge.LICENSED)) {
            reasons.add("There is no current verified massage licence.");
        }
        return new Standing(badges, reasons.isEmpty(), List.copyOf(reasons));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
