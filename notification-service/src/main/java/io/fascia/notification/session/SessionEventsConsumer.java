package io.fascia.notification.session;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/** Booking's session events; poison goes to {@code fascia.notification.sessions-dlq.v1}, passing failures are retried. */
@ApplicationScoped
public class SessionEventsConsumer {

    @Inject
    SessionMessages messages;

    @Inject
    IncomingEvents events;

    @Incoming("booking-sessions")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, SessionEvent.class,
                (envelope, event) -> messages.apply(envelope, event));
    }
}
