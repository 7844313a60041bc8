package io.fascia.notification.therapist;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/** Directory's listing snapshots; poison goes to {@code fascia.notification.listings-dlq.v1}. */
@ApplicationScoped
public class ListingSnapshotConsumer {

    @Inject
    Therapists therapists;

    @Inject
    IncomingEvents events;

    @Incoming("directory-listings")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, ListingSnapshot.class, (envelope, snapshot) -> therapists.apply(envelope.id(), snapshot));
    }
}
