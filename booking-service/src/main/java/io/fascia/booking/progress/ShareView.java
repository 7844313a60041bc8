package io.fascia.booking.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A progress summary link as its client sees it: where it stands and how often it was opened. The
 * link itself is shown once, when it is made ({@link ShareCreated}); only its hash is kept.
 */
public record ShareView(UUID shareId, UUID planId, ProgressShare.Status status, Instant createdAt, Instant expiresAt,
        Instant revokedAt, @Min(0) @Max(Integer.MAX_VALUE) int views, Instant lastViewedAt) {
}
