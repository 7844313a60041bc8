package io.fascia.booking.openings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code fascia.booking.next-openings.v1} on {@code fascia.booking.openings.v1}, key therapistId
 * (schema: src/main/resources/events/next-openings.v1.json): a therapist's next open starts per
 * offering kind, in their zone, as of {@code computedAt}. The latest per key is the truth; a
 * therapist who cannot be booked has none.
 */
public record NextOpenings(UUID therapistId, String timeZone, List<KindOpenings> offerings, Instant computedAt) {

    public static final String TOPIC = "fascia.booking.openings.v1";
    public static final String TYPE = "fascia.booking.next-openings.v1";
    /** How many starts each kind lists: the first for search, three for a result's quick picks. */
    public static final int LISTED = 3;

    /** The earliest open starts of any offering of one kind (INITIAL_ASSESSMENT, FOLLOW_UP, OTHER). */
    public record KindOpenings(String offeringKind, List<OffsetDateTime> starts) {
    }
}
