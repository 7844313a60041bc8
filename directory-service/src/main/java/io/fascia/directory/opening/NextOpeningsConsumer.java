package io.fascia.directory.opening;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads booking-service's next openings into search's read model. Poison goes to the dead-letter
 * topic ({@code fascia.directory.openings-dlq.v1}); a passing failure is retried until it passes
 * (see {@link IncomingEvents}).
 */
@ApplicationScoped
public class NextOpeningsConsumer {

    @Inject
    NextOpeningsStore store;

    @Inject
    IncomingEvents events;

    @Incoming("booking-openings")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, NextOpenings.class, (envelope, openings) -> store.apply(envelope.id(), openings));
    }
}
