package io.fascia.booking.therapist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What booking-service reads of directory-service's listing snapshot (schema:
 * directory-service/src/main/resources/events/listing-snapshot.v1.json). Unknown fields are
 * ignored: the producer may add fields within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingSnapshot(UUID therapistId, String subject, String displayName, Boolean bookable, String timeZone,
        Integer cancellationWindowHours, List<Offering> offerings, Instant snapshotAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offering(UUID offeringId, String kind, String title, Integer minutes, Integer priceCents, String currency,
            String sessionType) {
    }
}
