package io.fascia.booking.progress;

import java.time.Instant;

/** What a link opens, for anyone holding it: the frozen summary and until when the link works. */
public record SharedSummary(ProgressSummary summary, Instant expiresAt) {
}
