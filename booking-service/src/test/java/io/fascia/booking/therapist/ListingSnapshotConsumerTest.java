package io.fascia.booking.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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

/** Directory-service's listing snapshots, as they arrive on the real topic, become the replica. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ListingSnapshotConsumerTest {

    private static final String TOPIC = "fascia.directory.listings.v1";
    private static final String TYPE = "fascia.directory.listing-snapshot.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    @Test
    void aSnapshotBecomesABookableTherapistWithOfferings() {
        UUID therapist = UUID.randomUUID();
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, true, "America/New_York", 90, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> exists(therapist));
        assertThat(text("SELECT time_zone FROM bookable_therapist WHERE therapist_id = ?1", therapist)).isEqualTo("America/New_York");
        assertThat(number("SELECT minutes FROM bookable_offering WHERE therapist_id = ?1", therapist)).isEqualTo(90);
    }

    @Test
    void redeliveriesAndOlderSnapshotsChangeNothing() {
        UUID therapist = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        send(id, therapist, snapshot(therapist, true, "Europe/Berlin", 60, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> exists(therapist));

        send(id, therapist, snapshot(therapist, false, "Europe/Berlin", 45, Instant.now()));
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, false, "Europe/Berlin", 30,
                Instant.now().minusSeconds(3600)));
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID().toString(), marker, snapshot(marker, true, "UTC", 60, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> exists(marker));

        assertThat(number("SELECT minutes FROM bookable_offering WHERE therapist_id = ?1", therapist)).isEqualTo(60);
        assertThat(text("SELECT bookable::text FROM bookable_therapist WHERE therapist_id = ?1", therapist)).isEqualTo("true");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID therapist = UUID.randomUUID();
        String unreadable = UUID.randomUUID().toString();
        String badZone = UUID.randomUUID().toString();
        String overlongName = UUID.randomUUID().toString();
        send(unreadable, therapist, "not json at all");
        send(badZone, therapist, snapshot(therapist, true, "Mars/Olympus", 60, Instant.now()));
        send(overlongName, therapist, snapshot(therapist, true, "UTC", 60, Instant.now())
                .replace("Maya Chen, LMT", "M".repeat(ListingSnapshot.DISPLAY_NAME_MAX + 1)));
        send(UUID.randomUUID().toString(), therapist, snapshot(therapist, true, "America/Chicago", 60, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> exists(therapist));
        assertThat(text("SELECT time_zone FROM bookable_therapist WHERE therapist_id = ?1",
                therapist)).isEqualTo("America/Chicago");
        assertThat(new KafkaEvents(bootstrapServers).read("fascia.booking.listings-dlq.v1", 3).stream()
                .map(r -> KafkaEvents.header(r, "ce_id"))).contains(unreadable, badZone, overlongName);
    }

    @Test
    void everyExampleOfDirectorysSchemaIsApplied() {
        EventContract.of("directory-service", "listing-snapshot.v1.json").feedExamples(new KafkaEvents(bootstrapServers), TOPIC,
                id -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                        .setParameter(1, BookableTherapists.CONSUMER).setParameter(2, id).getResultList().isEmpty()));
    }

    private void send(String ceId, UUID key, String body) {
        new KafkaEvents(bootstrapServers).send(TOPIC, key.toString(), ceId, TYPE, body);
    }

    private static String snapshot(UUID therapist, boolean bookable, String zone, int minutes, Instant at) {
        return """
                {"therapistId":"%s","subject":"subject-%s","displayName":"Maya Chen, LMT","bookable":%s,"timeZone":"%s",
                "cancellationWindowHours":24,"badges":["LICENSED"],"snapshotAt":"%s","offerings":[{"offeringId":"%s",
                "kind":"INITIAL_ASSESSMENT","title":"Initial assessment","minutes":%d,"priceCents":14000,"currency":"USD",
                "sessionType":"MEDICAL"}]}""".formatted(therapist, therapist, bookable, zone, at, UUID.randomUUID(), minutes);
    }

    private boolean exists(UUID therapist) {
        return number("SELECT count(*) FROM bookable_therapist WHERE therapist_id = ?1", therapist) > 0;
    }

    private long number(String sql, UUID therapist) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, therapist).getSingleResult()).longValue());
    }

    private String text(String sql, UUID therapist) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql)
                .setParameter(1, therapist).getSingleResult());
    }
}
