package io.fascia.platform.inbox;

import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** Reading an incoming CloudEvent; whatever cannot be read is poison, never worth a retry. */
public final class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private IncomingEvents() {
    }

    /**
     * Reads the message's id and body and hands them to {@code handler}; acks on success. Anything
     * that still fails (poison, or retries exhausted inside the handler) is nacked, which the
     * channel's dead-letter failure strategy turns into a record on the dead-letter topic.
     */
    public static <T> CompletionStage<Void> apply(Message<String> message, ObjectMapper json, Class<T> type,
            BiConsumer<String, T> handler) {
        try {
            handler.accept(id(message), body(json, message.getPayload(), type));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("%s not applied, sending it to the dead-letter topic: %s", type.getSimpleName(), e.getMessage());
            return message.nack(e);
        }
    }

    /** The {@code ce_id} a consumer deduplicates on. */
    public static String id(Message<?> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .orElseThrow(() -> new PoisonMessage("the message has no ce_id header"));
    }

    public static <T> T body(ObjectMapper json, String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessage("the body is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
