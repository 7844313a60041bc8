package io.fascia.booking.progress;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new link: its token (shown this once; the web app turns it into {@code /shared/{token}}) and
 * the summary it opens, exactly as the doctor will see it.
 */
public record ShareCreated(ShareView share,
        @Size(min = ShareToken.LENGTH, max = ShareToken.LENGTH) @Schema(pattern = ShareToken.PATTERN) String token,
        ProgressSummary summary) {
}
