package io.fascia.directory.publication;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.event.ListingSnapshots;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.search.SearchIndex;
import io.fascia.directory.standing.ListingStandings;
import io.fascia.directory.standing.Standing;

/**
 * What follows any change to a listing or its credentials, in the same transaction: the search
 * entry is brought up to date and the new bookable snapshot goes to the outbox.
 */
@ApplicationScoped
public class ListingChanges {

    @Inject
    ListingStandings standings;

    @Inject
    SearchIndex searchIndex;

    @Inject
    ListingSnapshots snapshots;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Listing listing) {
        List<Credential> credentials = Credential.list("listingId", listing.id);
        Standing standing = standings.of(listing, credentials);
        searchIndex.refresh(listing, standing, credentials, standings.today());
        snapshots.publish(listing, standing);
    }
}
