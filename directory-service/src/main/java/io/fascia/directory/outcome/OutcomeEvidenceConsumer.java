package io.fascia.directory.outcome;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.platform.inbox.PoisonMessage;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

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
            String id = message.getMetadata(IncomingCloudEventMetadata.class)
                    .map(IncomingCloudEventMetadata::getId)
                    .orElseThrow(() -> new PoisonMessage("the message has no ce_id header"));
            store.apply(id, parse(message.getPayload()));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("Outcome snapshot not applied, sending it to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    private OutcomeSnapshot parse(String payload) {
        try {
            return json.readValue(payload, OutcomeSnapshot.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessage("the body is not an outcome snapshot: " + e.getMessage(), e);
        }
    }
}
