package io.fascia.directory.opening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What directory-service reads of booking-service's next openings (schema:
 * booking-service/src/main/resources/events/next-openings.v1.json). Unknown fields are ignored:
 * producers may add fields within a major version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NextOpenings(UUID therapistId, String timeZone, List<KindOpenings> offerings, Instant computedAt) {

    public static final String TOPIC = "fascia.booking.openings.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KindOpenings(String offeringKind, List<OffsetDateTime> starts) {
    }
}
