package io.fascia.directory.outcome;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads review-service's outcome snapshots into the ranking read model. Poison goes to the
 * dead-letter topic ({@code fascia.directory.outcomes-dlq.v1}); a passing failure is retried until
 * it passes (see {@link IncomingEvents}).
 */
@ApplicationScoped
public class OutcomeEvidenceConsumer {

    @Inject
    OutcomeEvidenceStore store;

    @Inject
    IncomingEvents events;

    @Incoming("review-outcomes")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, OutcomeSnapshot.class, (envelope, snapshot) -> store.apply(envelope.id(), snapshot));
    }
}
