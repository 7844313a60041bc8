package io.fascia.directory.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Booking's next openings reach search's read model; what can never be applied goes to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class NextOpeningsConsumerTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyExampleOfBookingsSchemaIsApplied() {
        EventContract.of("booking-service", "next-openings.v1.json").feedExamples(new KafkaEvents(bootstrapServers),
                NextOpenings.TOPIC, id -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                        .setParameter(1, NextOpeningsStore.CONSUMER).setParameter(2, id).getResultList().isEmpty()));
    }

    @Test
    void anOpeningOfAnUnknownKindIsDeadLetteredAndTheNextSnapshotStillApplies() {
        UUID therapist = UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        send(poison, therapist, """
                {"therapistId":"%s","timeZone":"Europe/Berlin","computedAt":"2026-11-30T10:00:00Z",
                 "offerings":[{"offeringKind":"SAUNA","starts":["2026-12-01T10:00:00+01:00"]}]}""".formatted(therapist));
        send(UUID.randomUUID().toString(), therapist, """
                {"therapistId":"%s","timeZone":"Europe/Berlin","computedAt":"2026-11-30T10:01:00Z",
                 "offerings":[{"offeringKind":"FOLLOW_UP","starts":["2026-12-01T10:00:00+01:00"]}]}""".formatted(therapist));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM next_opening WHERE therapist_id = ?1").setParameter(1, therapist)
                .getSingleResult()).intValue() == 1));
        List<String> deadLettered = new KafkaEvents(bootstrapServers).read("fascia.directory.openings-dlq.v1", 1).stream()
                .map(r -> KafkaEvents.header(r, "ce_id")).toList();
        assertThat(deadLettered).contains(poison);
    }

    private void send(String ceId, UUID key, String body) {
        new KafkaEvents(bootstrapServers).send(NextOpenings.TOPIC, key.toString(), ceId, "fascia.booking.next-openings.v1", body);
    }
}
