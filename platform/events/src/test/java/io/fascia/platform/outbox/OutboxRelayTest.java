package io.fascia.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OutboxRelayTest {

    private static final String TOPIC = "fascia.test.outbox-roundtrip.v1";
    private static final String TYPE = "fascia.test.thing-happened.v1";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void committedEventReachesKafkaAsBinaryCloudEvent() throws Exception {
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(TOPIC, "therapist-1", TYPE, Map.of("thing", 42)));

        ConsumerRecord<String, String> record = awaitRecord(id);

        assertThat(record.key()).isEqualTo("therapist-1");
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree("{\"thing\":42}"));
        assertThat(header(record, "ce_id")).isEqualTo(id.toString());
        assertThat(header(record, "ce_type")).isEqualTo(TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("/fascia/outbox-test");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_time")).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(OutboxMessage.class, positionOf(id)).publishedAt != null));
    }

    @Test
    void rolledBackEventIsNeverWrittenNorPublished() {
        QuarkusTransaction.begin();
        UUID rolledBack = outbox.publish(TOPIC, "therapist-2", TYPE, Map.of("thing", "never"));
        QuarkusTransaction.rollback();
        UUID committed = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(TOPIC, "therapist-2", TYPE, Map.of("thing", "after")));

        assertThat(countWithId(rolledBack)).isZero();
        // Same key, written later: once it has arrived, an earlier event would have arrived too.
        awaitRecord(committed);
        assertThat(received).noneMatch(r -> rolledBack.toString().equals(header(r, "ce_id")));
    }

    @Test
    void oneKeysEventsArriveInTheOrderTheyWereCommitted() {
        String key = "therapist-" + UUID.randomUUID();
        List<UUID> ids = IntStream.range(0, 40)
                .mapToObj(i -> QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC, key, TYPE, Map.of("n", i))))
                .toList();

        awaitRecord(ids.get(ids.size() - 1));

        List<String> arrived = received.stream().filter(r -> key.equals(r.key())).map(r -> header(r, "ce_id")).toList();
        assertThat(arrived).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
    }

    @Test
    void databaseRefusesTopicsOutsideTheNamingConvention() {
        long before = countAll();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO outbox_message (id, topic, message_key, event_type, payload, occurred_at)
                VALUES (gen_random_uuid(), 'Listings', 'k', 'fascia.test.thing-happened.v1', '{}', now())""")
                .executeUpdate()))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .rootCause().hasMessageContaining("outbox_topic_name");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish("fascia.test.outbox-roundtrip.v1", "k", "ThingHappened", Map.of())))
                .isInstanceOfAny(PersistenceException.class, RuntimeException.class)
                .rootCause().hasMessageContaining("outbox_event_type_name");

        assertThat(countAll()).isEqualTo(before);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        long before = countAll();

        assertThatThrownBy(() -> outbox.publish(TOPIC, "k", TYPE, Map.of()))
                .isInstanceOf(TransactionalException.class)
                .hasMessageContaining("Transaction is required");
        assertThat(countAll()).isEqualTo(before);
    }

    /**
     * Two replicas of a service share one outbox: while another replica holds the relay's lock (this
     * test, in an open transaction), this one's relay publishes nothing; once it lets go, the event
     * goes out, once.
     */
    @Test
    void whileAnotherReplicaRelaysThisOneWaitsAndEachEventGoesOutOnce() throws Exception {
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> holder = otherReplica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, OutboxRelay.RELAY_LOCK)
                        .getSingleResult();
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC, "replicas", TYPE, Map.of("n", 1)));
            // Through several of this replica's polls (every second) and the commit's wake-up pass,
            // the event stays unpublished while the other replica holds the relay.
            await("unpublished while another replica holds the relay").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                            .call(() -> em.find(OutboxMessage.class, positionOf(id)).publishedAt == null));
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);

            awaitRecord(id);
            await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> em.find(OutboxMessage.class, positionOf(id)).publishedAt != null));
            consumer.poll(Duration.ofSeconds(2)).forEach(received::add);
            assertThat(received).filteredOn(r -> id.toString().equals(header(r, "ce_id"))).hasSize(1);
        } finally {
            release.countDown();
            otherReplica.shutdownNow();
        }
    }

    private ConsumerRecord<String, String> awaitRecord(UUID id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(r -> id.toString().equals(header(r, "ce_id"))).findFirst().orElse(null);
        }, r -> r != null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Long positionOf(UUID id) {
        return em.createQuery("select m.position from OutboxMessage m where m.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    private long countWithId(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select count(m) from OutboxMessage m where m.id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    private long countAll() {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult());
    }
}
