package io.fascia.review.therapist;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What review-service reads of directory's listing snapshot: who the therapist is. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingSnapshot(UUID therapistId, String subject, String displayName, Instant snapshotAt) {

    /** The longest display name directory accepts, as its snapshot schema states. */
    public static final int DISPLAY_NAME_MAX = 120;
}
