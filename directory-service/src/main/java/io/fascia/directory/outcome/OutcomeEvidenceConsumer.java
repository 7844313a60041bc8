package io.fascia.directory.outcome;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads review-service's outcome snapshots into the ranking read model. A message that cannot be
 * applied after bounded retries is nacked and goes to the dead-letter topic
 * ({@code fascia.directory.outcomes-dlq.v1}); the partition keeps flowing.
 */
@ApplicationScoped
public class OutcomeEvidenceConsumer {

    private static final Logger LOG = Logger.getLogger(OutcomeEvidenceConsumer.class);

    @Inject
    OutcomeEvidenceStore store;

    @Inject
    ObjectMapper json;

    @Incoming("review-outcomes")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            store.apply(IncomingEvents.id(message), IncomingEvents.body(json, message.getPayload(), OutcomeSnapshot.class));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("Outcome snapshot not applied, sending it to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
