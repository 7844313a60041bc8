package io.fascia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.platform.inbox.Envelope;
import io.fascia.platform.inbox.MessageLog;

/**
 * How every consumer here records the messages an event calls for: in a transaction of its own,
 * together with the event's id in the message log, so a redelivered event writes nothing twice;
 * then the {@link Postman} is woken to send what is due.
 *
 * <p>News that arrives late is not sent as if it were fresh: when the event happened more than
 * {@code fascia.notification.stale-after} ago (the service's first start on a stack with history,
 * or a long outage), its messages due now are recorded as skipped with the reason; those still
 * ahead, such as a reminder, are kept.
 */
@ApplicationScoped
public class EventMessages {

    @Inject
    MessageLog messageLog;

    @Inject
    Postman postman;

    @Inject
    MessagesConfig config;

    @Inject
    Clock clock;

    /** For news that goes stale (see the class); messages due now of an event that came too late are skipped. */
    public void once(String consumer, Envelope event, Runnable write) {
        record(consumer, event.id(), () -> {
            write.run();
            Instant now = clock.instant();
            if (event.time() != null) {
                Duration late = Duration.between(event.time().toInstant(), now);
                if (late.compareTo(config.staleAfter()) > 0) {
                    Message.update("status = ?1, outcome = ?2 where eventId = ?3 and status = ?4 and sendAt <= ?5",
                            MessageStatus.SKIPPED, "the event arrived " + late.toHours() + " hours after it happened: too late to tell",
                            event.id(), MessageStatus.PENDING, now);
                }
            }
        });
    }

    /** For events whose messages decide for themselves how long they are worth sending (a check-in's window). */
    public void once(String consumer, String eventId, Runnable write) {
        record(consumer, eventId, write);
    }

    private void record(String consumer, String eventId, Runnable write) {
        messageLog.once(consumer, eventId, write);
        postman.wake();
    }
}
