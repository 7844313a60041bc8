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
        Integer cancellationWindowHours, List<Offering> offerings, Instant snapshotAt, List<String> badges) {

    /** A snapshot without badges (no verified credential). */
    public ListingSnapshot(UUID therapistId, String subject, String displayName, Boolean bookable, String timeZone,
            Integer cancellationWindowHours, List<Offering> offerings, Instant snapshotAt) {
        this(therapistId, subject, displayName, bookable, timeZone, cancellationWindowHours, offerings, snapshotAt, List.of());
    }

    /** The badge names this snapshot carries that are well formed; none when the producer sent none. */
    public List<String> knownBadges() {
        return badges == null ? List.of()
                : badges.stream().filter(b -> b != null && b.matches(BADGE_PATTERN)).distinct().limit(BADGES_MAX).toList();
    }

    /** Badges are verified credential kinds, such as LICENSED or BOARD_CERTIFIED. */
    public static final String BADGE_PATTERN = "^[A-Z][A-Z_]{0,39}$";
    public static final int BADGES_MAX = 20;

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
