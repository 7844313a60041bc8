package io.fascia.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the same database transaction as the state change it describes. The event
 * reaches Kafka only if that transaction commits, and then at least once: there is no dual write
 * that could publish a change which was rolled back, or lose one that was committed.
 */
@ApplicationScoped
public class Outbox {

    /** Fired for each event written; observed after commit to wake the relay. */
    public record Written(UUID id) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    Event<Written> written;

    /**
     * @param topic the topic, {@code fascia.<producer>.<things>.v<major>}
     * @param key   the record key (the aggregate's id), which keeps one aggregate's events in order
     * @param type  the CloudEvents type, {@code fascia.<producer>.<event>.v<major>}
     * @param event the event body, serialised as JSON
     * @return the event's id, sent as {@code ce_id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object event) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = topic;
        message.messageKey = key;
        message.eventType = type;
        message.payload = toJson(event);
        message.occurredAt = Instant.now();
        message.persist();
        written.fire(new Written(message.id));
        return message.id;
    }

    private String toJson(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}
