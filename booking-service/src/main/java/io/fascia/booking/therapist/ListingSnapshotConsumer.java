package io.fascia.booking.therapist;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the replica of bookable therapists from directory-service's listing snapshots. Poison goes
 * to {@code fascia.booking.listings-dlq.v1}; a passing failure is retried until it passes (see
 * {@link IncomingEvents}).
 */
@ApplicationScoped
public class ListingSnapshotConsumer {

    @Inject
    BookableTherapists therapists;

    @Inject
    IncomingEvents events;

    @Incoming("directory-listings")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, ListingSnapshot.class, (envelope, snapshot) -> therapists.apply(envelope.id(), snapshot));
    }
}
