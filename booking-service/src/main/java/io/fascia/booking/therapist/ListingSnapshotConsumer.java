package io.fascia.booking.therapist;

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
 * Keeps the replica of bookable therapists from directory-service's listing snapshots. What
 * cannot be applied after bounded retries goes to {@code fascia.booking.listings-dlq.v1}; the
 * partition keeps flowing.
 */
@ApplicationScoped
public class ListingSnapshotConsumer {

    private static final Logger LOG = Logger.getLogger(ListingSnapshotConsumer.class);

    @Inject
    BookableTherapists therapists;

    @Inject
    ObjectMapper json;

    @Incoming("directory-listings")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            therapists.apply(IncomingEvents.id(message), IncomingEvents.body(json, message.getPayload(), ListingSnapshot.class));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("Listing snapshot not applied, sending it to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
