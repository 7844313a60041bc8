package io.fascia.directory.event;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.standing.Standing;
import io.fascia.platform.outbox.Outbox;

/** Writes a listing's snapshot to the outbox, in the transaction that changed it. */
@ApplicationScoped
public class ListingSnapshots {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Listing listing, Standing standing) {
        ListingSnapshot snapshot = new ListingSnapshot(listing.id, listing.ownerSubject, listing.displayName,
                standing.bookable(), listing.timeZone, listing.cancellationWindowHours,
                standing.badges().stream().map(Enum::name).sorted().toList(),
                listing.offerings.stream().map(o -> new ListingSnapshot.OfferingSnapshot(o.id, o.kind.name(), o.title,
                        o.minutes, o.priceCents, o.currency, o.sessionType.name())).toList(),
                Instant.now(clock));
        outbox.publish(ListingSnapshot.TOPIC, listing.id.toString(), ListingSnapshot.TYPE, snapshot);
    }
}
