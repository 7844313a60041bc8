package io.fascia.directory.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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

/** Outcome snapshots from review-service, as they arrive on the real topic. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OutcomeEvidenceConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    @Test
    void aSnapshotBecomesEvidenceAndARedeliveryChangesNothing() {
        UUID therapist = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();
        send(messageId, therapist, snapshot(therapist, 12, 0.75, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(therapist) == 12);
        assertThat(score(therapist)).as("review's own score, as published").isEqualTo(0.6789);

        // The same message again, even with other content, is recognised by its id and skipped.
        send(messageId, therapist, snapshot(therapist, 99, 0.1, Instant.now()));
        String marker = UUID.randomUUID().toString();
        UUID other = UUID.randomUUID();
        send(marker, other, snapshot(other, 3, 0.5, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(other) == 3);
        assertThat(reviews(therapist)).isEqualTo(12);
    }

    @Test
    void anOlderSnapshotNeverOverwritesANewerOne() {
        UUID therapist = UUID.randomUUID();
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, 20, 0.6, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(therapist) == 20);
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, 5, 0.2, Instant.now().minusSeconds(3600)));
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID().toString(), marker, snapshot(marker, 1, 1.0, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(marker) == 1);
        assertThat(reviews(therapist)).isEqualTo(20);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID therapist = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        send(poisonId, therapist, "{ this is not json");
        String unknownCondition = UUID.randomUUID().toString();
        send(unknownCondition, therapist, snapshot(therapist, 4, 0.5, Instant.now()).replace("upper-back-pain", "broken-heart"));
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, 7, 0.5, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(therapist) == 7);
        List<String> deadLettered = deadLetterIds(2);
        assertThat(deadLettered).contains(poisonId, unknownCondition);
    }

    private long reviews(UUID therapist) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(sum(review_count), -1) FROM outcome_evidence WHERE therapist_id = ?1")
                .setParameter(1, therapist).getSingleResult()).longValue());
    }

    private double score(UUID therapist) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT shrunk_score FROM outcome_evidence WHERE therapist_id = ?1")
                .setParameter(1, therapist).getSingleResult()).doubleValue());
    }

    private static String snapshot(UUID therapist, int reviews, double share, Instant at) {
        return """
                {"therapistId":"%s","snapshotAt":"%s","conditions":[{"condition":"upper-back-pain","reviewCount":%d,
                "durableResponderShare":%s,"meanPainChangeAt4Weeks":-2.5,"platformDurableResponderShare":0.42,
                "shrunkScore":0.6789,"someFieldAddedLater":true}]}""".formatted(therapist, at, reviews, share);
    }

    @Test
    void everyExampleOfReviewsSchemaIsApplied() {
        EventContract.of("review-service", "outcome-snapshot.v1.json").feedExamples(new KafkaEvents(bootstrapServers),
                OutcomeSnapshot.TOPIC, id -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                        .setParameter(1, OutcomeEvidenceStore.CONSUMER).setParameter(2, id).getResultList().isEmpty()));
    }

    private void send(String ceId, UUID key, String body) {
        new KafkaEvents(bootstrapServers).send(OutcomeSnapshot.TOPIC, key.toString(), ceId, "fascia.review.outcome-snapshot.v1", body);
    }

    private List<String> deadLetterIds(int atLeast) {
        return new KafkaEvents(bootstrapServers).read("fascia.directory.outcomes-dlq.v1", atLeast).stream()
                .map(r -> KafkaEvents.header(r, "ce_id")).toList();
    }
}
