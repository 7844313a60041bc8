package io.fascia.platform.inbox;

import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** Reading an incoming CloudEvent; whatever cannot be read is poison, never worth a retry. */
public final class IncomingEvents {

    private IncomingEvents() {
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
