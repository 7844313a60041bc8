package io.fascia.directory.listing;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin suspended or reinstated a listing (schema: resources/events/standing-events.v1.json), on
 * {@code fascia.directory.standings.v1}, keyed by listing, with the admin's reason for the therapist.
 */
public record StandingEvent(UUID listingId, String reason, Instant occurredAt) {

    public static final String TOPIC = "fascia.directory.standings.v1";
    public static final String SUSPENDED = "fascia.directory.listing-suspended.v1";
    public static final String REINSTATED = "fascia.directory.listing-reinstated.v1";
}
