package io.fascia.directory.standing;

import java.util.List;
import java.util.Set;

import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.standing.Badge;

/**
 * Where a listing stands today: the badges its current credentials earn, and whether clients may
 * see it. Clients and anonymous visitors only ever see published, non-suspended listings whose
 * holder has a current verified licence.
 *
 * @param notVisibleBecause for the owner: what keeps the listing out of search, in plain words
 */
public record Standing(Set<Badge> badges, boolean publiclyVisible, List<String> notVisibleBecause) {

    /**
     * The most reasons there are (suspended, not published, no licence), and a bound on the
     * longest: a few words and an admin's reason.
     */
    public static final int REASONS_MAX = 3;
    public static final int REASON_MAX = 100 + ListingRequests.REASON_MAX;

    /** How the reason for a suspension begins; the admin's reason follows. */
    public static final String SUSPENDED = "The listing is suspended: ";

    /** Clients can book exactly the listings they can see. */
    public boolean bookable() {
        return publiclyVisible;
    }
}
