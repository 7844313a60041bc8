package io.fascia.notification.contract;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fascia.notification.testing.NotificationStack;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every example of every schema notification-service consumes is applied (its message id is in
 * the message log, committed with its effect), not dead-lettered: a producer's schema change that
 * this service cannot read fails here.
 */
@QuarkusTest
@QuarkusTestResource(NotificationStack.class)
class EventExamplesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    @Test
    void listingSnapshots() {
        feed("directory-service", "listing-snapshot.v1.json", "fascia.directory.listings.v1", "notification.directory-listings");
    }

    @Test
    void sessionEvents() {
        feed("booking-service", "session-events.v1.json", "fascia.booking.sessions.v1", "notification.booking-sessions");
    }

    @Test
    void checkInEvents() {
        feed("review-service", "check-in-events.v1.json", "fascia.review.check-ins.v1", "notification.review-check-ins");
    }

    @Test
    void credentialAndStandingEvents() {
        feed("directory-service", "credential-events.v1.json", "fascia.directory.credentials.v1", "notification.directory-notices");
        feed("directory-service", "standing-events.v1.json", "fascia.directory.standings.v1", "notification.directory-notices");
    }

    private void feed(String producer, String schema, String topic, String consumer) {
        EventContract.of(producer, schema).feedExamples(new KafkaEvents(bootstrapServers), topic,
                id -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                        .setParameter(1, consumer).setParameter(2, id).getResultList().isEmpty()));
    }
}
