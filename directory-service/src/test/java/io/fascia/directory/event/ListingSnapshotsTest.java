package io.fascia.directory.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.directory.credential.CredentialEvent;
import io.fascia.directory.credential.CredentialTestData;
import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.listing.StandingEvent;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The listing's bookable state reaches Kafka after each change that affects it. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ListingSnapshotsTest {

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void snapshotsFollowVerificationSuspensionAndReinstatement() throws Exception {
        String owner = "therapist-" + UUID.randomUUID();
        UUID listingId = ListingTestData.publishedListing(listings, owner);
        UUID licence = CredentialTestData.submittedLicence(credentials, owner);
        credentials.verify("admin-ada", licence, "register checked", null);
        listings.suspend("admin-ada", listingId, "complaint");
        listings.reinstate("admin-ada", listingId, "complaint dismissed");

        List<JsonNode> snapshots = snapshotsOf(listingId, 6);

        // created, offering added, published, verified, suspended, reinstated
        assertThat(snapshots).extracting(s -> s.get("bookable").asBoolean())
                .containsExactly(false, false, false, true, false, true);
        JsonNode last = snapshots.get(snapshots.size() - 1);
        assertThat(last.get("subject").asText()).isEqualTo(owner);
        assertThat(last.get("timeZone").asText()).isEqualTo("America/Los_Angeles");
        assertThat(last.get("cancellationWindowHours").asInt()).isEqualTo(24);
        assertThat(last.get("badges")).extracting(JsonNode::asText).containsExactly("LICENSED");
        assertThat(last.get("offerings").get(0).get("kind").asText()).isEqualTo("INITIAL_ASSESSMENT");
        assertThat(last.get("offerings").get(0).get("priceCents").asInt()).isEqualTo(14000);

        // What the same story published beside the snapshots keeps to its schemas too.
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        EventContract credentialEvents = EventContract.of("directory-service", "credential-events.v1.json");
        credentialEvents.assertValid(kafka.awaitEvent(CredentialEvent.TOPIC, listingId.toString(), CredentialEvent.VERIFIED));
        EventContract standingEvents = EventContract.of("directory-service", "standing-events.v1.json");
        standingEvents.assertValid(kafka.awaitEvent(StandingEvent.TOPIC, listingId.toString(), StandingEvent.SUSPENDED));
        standingEvents.assertValid(kafka.awaitEvent(StandingEvent.TOPIC, listingId.toString(), StandingEvent.REINSTATED));
    }

    private List<JsonNode> snapshotsOf(UUID listingId, int expected) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "snapshot-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(ListingSnapshot.TOPIC));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (listingId.toString().equals(r.key())) {
                        mine.add(r);
                    }
                });
                return mine.size() >= expected;
            });
        }
        EventContract contract = EventContract.of("directory-service", "listing-snapshot.v1.json");
        for (ConsumerRecord<String, String> record : mine) {
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(ListingSnapshot.TYPE);
            contract.assertValid(record);
        }
        List<JsonNode> parsed = new ArrayList<>();
        for (ConsumerRecord<String, String> record : mine) {
            parsed.add(json.readTree(record.value()));
        }
        return parsed;
    }
}
