package io.fascia.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lists the dead-letter topics and replays one after a fix: each dead-lettered message goes back
 * to the topic it came from (the {@code dead-letter-topic} header the channel's dead-letter
 * strategy wrote), with its key, body and CloudEvents headers unchanged, so its {@code ce_id} is the
 * same and a consumer that applied it already skips it. Replaying is idempotent twice over: a
 * consumer group remembers how far each dead-letter topic was replayed, and consumers deduplicate.
 * A message that is still poison simply returns to the dead-letter topic.
 *
 * <pre>
 * java -cp "platform/events/target/classes:KAFKA_LIBS/*" io.fascia.platform.inbox.DeadLetters BOOTSTRAP list
 * java -cp ... io.fascia.platform.inbox.DeadLetters BOOTSTRAP replay fascia.review.sessions-dlq.v1
 * </pre>
 * ({@code deploy/fascia dead-letters} runs it against the local stack.)
 */
public final class DeadLetters {

    /** The consumer group that remembers how far each dead-letter topic was replayed. */
    static final String REPLAY_GROUP = "fascia-dead-letter-replay";
    static final String ORIGIN_HEADER = "dead-letter-topic";
    static final String REPLAYED_FROM_HEADER = "fascia-replayed-from";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** How many messages a dead-letter topic holds, and how many of them were never replayed. */
    public record Backlog(String topic, long total, long notReplayed) {
    }

    /** What a replay did: sent back to their topics, and skipped because no header named their origin. */
    public record Replay(String topic, int replayed, int withoutOrigin, Map<String, Integer> byOrigin) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !Set.of("list", "replay").contains(args[1]) || args[1].equals("replay") && args.length < 3) {
            System.err.println("usage: DeadLetters BOOTSTRAP_SERVERS list | replay DEAD_LETTER_TOPIC...");
            System.exit(2);
        }
        DeadLetters deadLetters = new DeadLetters(args[0]);
        if (args[1].equals("list")) {
            List<Backlog> backlogs = deadLetters.list();
            if (backlogs.isEmpty()) {
                System.out.println("No dead-letter topics.");
            }
            backlogs.forEach(b -> System.out.printf("%-40s %6d dead-lettered, %6d not replayed%n", b.topic(), b.total(),
                    b.notReplayed()));
            return;
        }
        for (int i = 2; i < args.length; i++) {
            Replay replay = deadLetters.replay(args[i]);
            System.out.printf("%s: %d replayed %s, %d without a %s header left alone%n", replay.topic(), replay.replayed(),
                    replay.byOrigin(), replay.withoutOrigin(), ORIGIN_HEADER);
        }
    }

    /** Every topic named {@code fascia.*-dlq.v*}, with its counts. */
    public List<Backlog> list() throws ExecutionException, InterruptedException {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            topics = new TreeSet<>(admin.listTopics().names().get());
        }
        topics.removeIf(t -> !t.matches("fascia\\.[a-z]+\\.[a-z0-9-]+-dlq\\.v[0-9]+"));
        List<Backlog> backlogs = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics) {
                List<TopicPartition> partitions = partitionsOf(consumer, topic);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> replayed = consumer.committed(Set.copyOf(partitions));
                long total = 0;
                long notReplayed = 0;
                for (TopicPartition p : partitions) {
                    total += end.get(p) - begin.get(p);
                    OffsetAndMetadata upTo = replayed.get(p);
                    notReplayed += end.get(p) - Math.max(begin.get(p), upTo == null ? 0 : upTo.offset());
                }
                backlogs.add(new Backlog(topic, total, notReplayed));
            }
        }
        return backlogs;
    }

    /** Sends every message of {@code deadLetterTopic} not replayed before back to its topic. */
    public Replay replay(String deadLetterTopic) throws ExecutionException, InterruptedException {
        int replayed = 0;
        int withoutOrigin = 0;
        Map<String, Integer> byOrigin = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition p : partitions) {
                if (committed.get(p) == null) {
                    consumer.seekToBeginning(List.of(p));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    String origin = header(record, ORIGIN_HEADER);
                    if (origin == null) {
                        withoutOrigin++;
                    } else {
                        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(origin, record.key(), record.value());
                        for (Header h : record.headers()) {
                            if (!h.key().startsWith("dead-letter-")) {
                                again.headers().add(h);
                            }
                        }
                        again.headers().add(REPLAYED_FROM_HEADER, (deadLetterTopic + "/" + record.partition() + "@"
                                + record.offset()).getBytes(StandardCharsets.UTF_8));
                        producer.send(again).get();
                        replayed++;
                        byOrigin.merge(origin, 1, Integer::sum);
                    }
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                // Remember progress only for what the broker has taken back: a crash replays at most a batch again.
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        }
        return new Replay(deadLetterTopic, replayed, withoutOrigin, byOrigin);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
