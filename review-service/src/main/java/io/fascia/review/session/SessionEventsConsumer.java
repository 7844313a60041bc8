package io.fascia.review.session;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.platform.inbox.IncomingEvents;
import io.fascia.platform.inbox.PoisonMessage;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** Booking's session events; poison goes to {@code fascia.review.sessions-dlq.v1}, the partition keeps flowing. */
@ApplicationScoped
public class SessionEventsConsumer {

    @Inject
    Sessions sessions;

    @Inject
    ObjectMapper json;

    @Incoming("booking-sessions")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return IncomingEvents.apply(message, json, SessionEvent.class, (id, event) -> sessions.apply(id, type(message), event));
    }

    private static String type(Message<?> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class).map(IncomingCloudEventMetadata::getType)
                .orElseThrow(() -> new PoisonMessage("the message has no ce_type header"));
    }
}
