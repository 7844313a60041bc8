package io.fascia.directory.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The bookable state of a listing, as booking-service needs it. Published to
 * {@code fascia.directory.listings.v1} (compacted, key therapistId) after every change that may
 * affect it; the latest snapshot per therapist is the truth. Schema:
 * {@code src/main/resources/events/listing-snapshot.v1.json}.
 *
 * @param therapistId the listing id, the therapist's id across services
 * @param subject     the therapist's token subject, for ownership checks in other services
 */
public record ListingSnapshot(UUID therapistId, String subject, String displayName, boolean bookable, String timeZone,
        int cancellationWindowHours, List<String> badges, List<OfferingSnapshot> offerings, Instant snapshotAt) {

    public static final String TOPIC = "fascia.directory.listings.v1";
    public static final String TYPE = "fascia.directory.listing-snapshot.v1";

    public record OfferingSnapshot(UUID offeringId, String kind, String title, int minutes, int priceCents, String currency,
            String sessionType) {
    }
}
