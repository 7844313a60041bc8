package io.fascia.platform.inbox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.platform.outage.Outages;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies an incoming event, telling poison from weather. A message that can never be applied
 * (headers or body unreadable, a domain rule rejects it, the database refuses its content) is
 * nacked, which the channel's dead-letter strategy turns into a record on the dead-letter topic
 * with the reason in its headers. Anything else (the database is down or restarting, a lock timed
 * out, or a bug we will fix) is retried with exponential backoff and no deadline, holding the
 * partition, so nothing after it is applied out of order and nothing is lost; the wait shows in
 * {@link ConsumerStalls}. While the service stops, a failing message is neither acked nor nacked:
 * its offset is not committed, so it is delivered again after the restart.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    @Inject
    ObjectMapper json;

    @Inject
    ConsumerStalls stalls;

    @ConfigProperty(name = "fascia.events.retry.first-delay", defaultValue = "200ms")
    Duration firstDelay;

    @ConfigProperty(name = "fascia.events.retry.max-delay", defaultValue = "30s")
    Duration maxDelay;

    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Reads the message's envelope and body as {@code type} and hands them to {@code handler};
     * acks once it returned, dead-letters poison, and retries everything else.
     */
    public <T> CompletionStage<Void> apply(Message<String> message, Class<T> type, BiConsumer<Envelope, T> handler) {
        String partition = partitionOf(message);
        String where = partition + "@" + offsetOf(message);
        Envelope envelope;
        T body;
        try {
            envelope = Envelope.of(headersOf(message));
            body = body(message.getPayload(), type);
        } catch (PoisonMessage poison) {
            return deadLetter(message, where, type, poison);
        }
        Duration delay = firstDelay;
        for (int attempt = 1;; attempt++) {
            try {
                handler.accept(envelope, body);
                stalls.cleared(partition);
                return message.ack();
            } catch (RuntimeException e) {
                if (isPoison(e)) {
                    stalls.cleared(partition);
                    return deadLetter(message, where, type, e);
                }
                if (stopping || Thread.currentThread().isInterrupted()) {
                    return leftForRedelivery(partition, where, envelope, e);
                }
                stalls.waiting(partition, envelope, attempt, Outages.rootCause(e));
                LOG.warnf("%s %s at %s not applied (attempt %d), retrying in %d ms: %s", type.getSimpleName(),
                        envelope.id(), where, attempt, delay.toMillis(), Outages.rootCause(e));
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return leftForRedelivery(partition, where, envelope, e);
                }
                delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            }
        }
    }

    /**
     * Poison: we said so ({@link PoisonMessage}, thrown for unreadable messages and for domain
     * rules that reject one), or the database refused the content itself (SQLSTATE class 22, data
     * exception, or 23, integrity constraint violation), which no retry changes.
     */
    static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessage) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    <T> T body(String payload, Class<T> type) {
        if (payload == null) {
            throw new PoisonMessage("the message has no body");
        }
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String why = e instanceof JsonProcessingException unreadable ? unreadable.getOriginalMessage() : e.getMessage();
            throw new PoisonMessage("the body is not a " + type.getSimpleName() + ": " + why, e);
        }
    }

    private CompletionStage<Void> deadLetter(Message<String> message, String where, Class<?> type, Throwable reason) {
        LOG.warnf("%s at %s can never be applied, sending it to the dead-letter topic: %s", type.getSimpleName(), where,
                reason.getMessage());
        return message.nack(reason);
    }

    private CompletionStage<Void> leftForRedelivery(String partition, String where, Envelope envelope, Throwable failure) {
        stalls.cleared(partition);
        LOG.infof("Event %s at %s not applied while stopping (%s); its offset stays uncommitted, so it is delivered "
                + "again after the restart", envelope.id(), where, Outages.rootCause(failure));
        return CompletableFuture.completedFuture(null);
    }

    private static Headers headersOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getHeaders)
                .orElse(null);
    }

    /** "topic/partition", what a consumer holds while it waits. */
    private static String partitionOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> m.getTopic() + "/" + m.getPartition())
                .orElse("unknown");
    }

    private static String offsetOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> Long.toString(m.getOffset())).orElse("?");
    }
}
