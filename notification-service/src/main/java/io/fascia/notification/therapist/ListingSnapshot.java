package io.fascia.notification.therapist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What notification-service reads of directory's listing snapshot (schema:
 * directory-service/src/main/resources/events/listing-snapshot.v1.json): whom to write to, their
 * name, the practice's clock and what its offerings are called.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingSnapshot(UUID therapistId, String subject, String displayName, String timeZone,
        List<Offering> offerings, Instant snapshotAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offering(UUID offeringId, String title) {
    }
}
