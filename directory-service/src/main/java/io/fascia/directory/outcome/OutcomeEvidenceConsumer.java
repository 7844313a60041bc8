package io.fascia.directory.outcome;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

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

    @Inject
    OutcomeEvidenceStore store;

    @Inject
    ObjectMapper json;

    @Incoming("review-outcomes")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return IncomingEvents.apply(message, json, OutcomeSnapshot.class, store::apply);
    }
}
