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

    /** The longest display name and offering title directory accepts, as its snapshot schema states. */
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int TITLE_MAX = 120;

    /** The kinds of offering the snapshot carries (booking's CHECK constraint lists the same). */
    public enum Kind {
        INITIAL_ASSESSMENT, FOLLOW_UP, OTHER
    }

    /** Medical or relaxation: which outcomes a session's review counts towards. */
    public enum SessionType {
        MEDICAL, RELAXATION
    }
}
