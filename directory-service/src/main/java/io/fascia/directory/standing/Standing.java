package io.fascia.directory.standing;

import java.util.List;
import java.util.Set;

import io.fascia.directory.credential.Badge;

/**
 * Where a listing stands today: the badges its current credentials earn, and whether clients may
 * see it. Clients and anonymous visitors only ever see published, non-suspended listings whose
 * holder has a current verified licence.
 *
 * @param notVisibleBecause for the owner: what keeps the listing out of search, in plain words
 */
public record Standing(Set<Badge> badges, boolean publiclyVisible, List<String> notVisibleBecause) {

    /** Clients can book exactly the listings they can see. */
    public boolean bookable() {
        return publiclyVisible;
    }
}
