package io.fascia.notification.message;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What is tunable about messages (application.properties, {@code fascia.notification.*}). */
@ConfigMapping(prefix = "fascia.notification")
public interface MessagesConfig {

    /** Links in messages lead into the web app here. */
    URI webUrl();

    /** How long before a session its reminder goes (whole days count in the practice's calendar). */
    Duration reminderBefore();

    /** How often due messages are looked for (read by the sender's schedule; a new message wakes it at once). */
    Duration sendEvery();

    /** How many due messages one pass of the sender takes. */
    @WithDefault("50")
    int batchSize();

    /** The first wait after SMTP or Keycloak failed a message; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration firstBackoff();

    @WithDefault("60s")
    Duration maxBackoff();

    /**
     * An event consumed this long after it happened no longer calls for messages due now (they are
     * recorded as skipped); messages still ahead, such as reminders, are kept.
     */
    @WithDefault("P2D")
    Duration staleAfter();

    /** Sending reports itself unwell (/q/health/well) once a due message has waited this long. */
    @WithDefault("2m")
    Duration lagReportedAfter();

    /** How long a message waits for its therapist's listing from directory before it is skipped. */
    @WithDefault("1h")
    Duration listingWait();
}
