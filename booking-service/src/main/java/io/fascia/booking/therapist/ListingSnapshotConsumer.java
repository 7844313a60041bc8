package io.fascia.booking.therapist;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

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

    @Inject
    BookableTherapists therapists;

    @Inject
    ObjectMapper json;

    @Incoming("directory-listings")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return IncomingEvents.apply(message, json, ListingSnapshot.class, therapists::apply);
    }
}
