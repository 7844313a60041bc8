package io.fascia.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends and reads events on the real test broker the way the services do: CloudEvents in binary
 * mode, JSON bodies. For consumer tests that play the producing service.
 */
public final class KafkaEvents {

    /**
     * One producer per broker for the whole test run: a producer per event logged its whole
     * configuration each time (a drill sends hundreds). Its network thread is a daemon.
     */
    private static final java.util.Map<String, KafkaProducer<String, String>> PRODUCERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String bootstrapServers;

    public KafkaEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void send(String topic, String key, String ceId, String ceType, String body) {
        send(topic, key, java.util.Map.of("ce_id", ceId, "ce_type", ceType), body);
    }

    /**
     * Sends with these CloudEvents headers (and ce_specversion, ce_source, content-type unless
     * given): how a test sends what a broken or hostile producer would, such as a {@code ce_time}
     * nobody can parse.
     */
    public void send(String topic, String key, java.util.Map<String, String> headers, String body) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("ce_specversion", "1.0");
        all.put("ce_source", "/fascia/test");
        all.put("content-type", "application/json");
        all.putAll(headers);
        KafkaProducer<String, String> producer = PRODUCERS.computeIfAbsent(bootstrapServers, servers -> {
            Properties props = new Properties();
            props.put("bootstrap.servers", servers);
            return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        });
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
            all.forEach((name, value) -> record.headers().add(name, bytes(value)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** How many records a topic holds now (0 when it does not exist yet). */
    public long count(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            var infos = consumer.listTopics().get(topic);
            if (infos == null) {
                return 0;
            }
            List<org.apache.kafka.common.TopicPartition> partitions = infos.stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            var begin = consumer.beginningOffsets(partitions);
            var end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        }
    }

    /** Reads a topic from the start until at least {@code atLeast} records have arrived (30 s at most). */
    public List<ConsumerRecord<String, String>> read(String topic, int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        readUntil(topic, records, () -> records.size() >= atLeast);
        return records;
    }

    /**
     * Reads a topic from the start until a record with this key and CloudEvents type arrives (30 s
     * at most) and returns it: the way to wait for an event the outbox relays after a commit.
     */
    public ConsumerRecord<String, String> awaitEvent(String topic, String key, String ceType) {
        return awaitEvent(topic, key, ceType, record -> true);
    }

    /** The first record with this key and type that also passes {@code which}, such as the one after a given change. */
    public ConsumerRecord<String, String> awaitEvent(String topic, String key, String ceType,
            Predicate<ConsumerRecord<String, String>> which) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Predicate<ConsumerRecord<String, String>> wanted = r -> matches(r, key, ceType) && which.test(r);
        readUntil(topic, records, () -> records.stream().anyMatch(wanted));
        return records.stream().filter(wanted).findFirst().orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, String> record, String key, String ceType) {
        return key.equals(record.key()) && ceType.equals(header(record, "ce_type"));
    }

    private void readUntil(String topic, List<ConsumerRecord<String, String>> records, Callable<Boolean> done) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return done.call();
            });
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
