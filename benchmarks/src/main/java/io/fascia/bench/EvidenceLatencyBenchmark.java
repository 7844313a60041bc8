package io.fascia.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * From review's outcome snapshot on Kafka to the new evidence in search: how long until a search
 * would rank by it. Each snapshot is for a generated listing that treats the condition, and it
 * moves the condition's platform prior too, as nearly every real review does. The clock stops
 * when directory's transaction that applies it (evidence, prior and ranks together) is visible.
 *
 * <pre>
 * deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.EvidenceLatencyBenchmark \
 *     -Dexec.args="--listings 200000 --events 200"
 * </pre>
 *
 * Options: --db (the local directory database), --kafka (127.0.0.1:19092), --listings (generated
 * when fewer are there, as by DirectorySearchBenchmark), --events, --warmup (5, not counted),
 * --condition (low-back-pain),
 * --pause between events in ms (50), --keep (leave the generated listings).
 */
public final class EvidenceLatencyBenchmark {

    private static final String TOPIC = "fascia.review.outcomes.v1";
    private static final String TYPE = "fascia.review.outcome-snapshot.v1";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        String jdbc = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:15432/directory?user=directory&password=directory");
        String kafka = o.getOrDefault("kafka", "127.0.0.1:19092");
        int listings = Integer.parseInt(o.getOrDefault("listings", "50000"));
        int events = Integer.parseInt(o.getOrDefault("events", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        long pauseMs = Long.parseLong(o.getOrDefault("pause", "50"));
        String condition = o.getOrDefault("condition", "low-back-pain");

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (Connection db = DriverManager.getConnection(jdbc);
                KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            if (SearchDataGenerator.existing(db) < listings) {
                SearchDataGenerator.remove(db);
                long started = System.nanoTime();
                SearchDataGenerator.generate(db, listings);
                System.out.printf(Locale.ROOT, "Generated %d listings in %.1f s%n", listings,
                        (System.nanoTime() - started) / 1e9);
            }
            try {
                List<UUID> therapists = treating(db, condition);
                long ranked = count(db, "SELECT count(*) FROM search_condition_rank WHERE condition_code = ?", condition);
                System.out.printf(Locale.ROOT, "%d generated listings; %d listings treat %s%n", SearchDataGenerator.existing(db),
                        ranked, condition);
                Random random = new Random(7);
                long[] all = new long[warmup + events];
                try (PreparedStatement applied = db.prepareStatement("""
                        SELECT 1 FROM outcome_evidence WHERE therapist_id = ? AND condition_code = ?
                            AND session_type = 'MEDICAL' AND snapshot_at = ?""")) {
                    for (int i = 0; i < all.length; i++) {
                        UUID therapist = therapists.get(random.nextInt(therapists.size()));
                        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                        int reviews = 5 + random.nextInt(40);
                        String body = String.format(Locale.ROOT, """
                                {"therapistId":"%s","snapshotAt":"%s","conditions":[{"condition":"%s","sessionType":"MEDICAL",\
                                "reviewCount":%d,"settledReviewCount":%d,"durableResponderShare":%.4f,\
                                "platformDurableResponderShare":%.4f,"shrunkScore":%.4f}],"relaxationConditions":[]}""",
                                therapist, at, condition, reviews, reviews, random.nextDouble(), 0.35 + random.nextDouble() * 0.2,
                                random.nextDouble());
                        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, therapist.toString(), body);
                        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                        record.headers().add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
                        record.headers().add("ce_source", "/bench".getBytes(StandardCharsets.UTF_8));
                        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                        record.headers().add("ce_time", at.toString().getBytes(StandardCharsets.UTF_8));
                        long sent = System.nanoTime();
                        producer.send(record).get(30, TimeUnit.SECONDS);
                        applied.setObject(1, therapist);
                        applied.setString(2, condition);
                        applied.setTimestamp(3, Timestamp.from(at));
                        long deadline = sent + TimeUnit.SECONDS.toNanos(60);
                        while (true) {
                            try (ResultSet rs = applied.executeQuery()) {
                                if (rs.next()) {
                                    break;
                                }
                            }
                            if (System.nanoTime() > deadline) {
                                throw new IllegalStateException(
                                        "snapshot " + (i + 1) + " not applied within 60 s: is directory-service up?");
                            }
                            Thread.sleep(1);
                        }
                        all[i] = System.nanoTime() - sent;
                        Thread.sleep(pauseMs);
                    }
                }
                // The first few warm the producer's metadata and the consumer's fetch; they are not counted.
                long[] latencies = Arrays.copyOfRange(all, warmup, all.length);
                String slowest = IntStream.range(warmup, all.length).boxed()
                        .sorted(Comparator.comparingLong((Integer i) -> all[i]).reversed()).limit(3)
                        .map(i -> String.format(Locale.ROOT, "%.1f ms (#%d)", all[i] / 1e6, i - warmup + 1))
                        .collect(Collectors.joining(", "));
                Arrays.sort(latencies);
                System.out.printf(Locale.ROOT, "%nsnapshot -> search evidence, %d events, %d listings treat %s%n", events, ranked,
                        condition);
                System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s   max %.2f ms%n", "", "p50 ms", "p95 ms", "p99 ms",
                        "mean ms", latencies[events - 1] / 1e6);
                BenchSupport.printRow("evidence in search", latencies);
                System.out.println("slowest: " + slowest);
            } finally {
                if (!o.containsKey("keep")) {
                    SearchDataGenerator.remove(db);
                }
            }
        }
    }

    private static List<UUID> treating(Connection db, String condition) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT r.listing_id FROM search_condition_rank r JOIN listing l ON l.id = r.listing_id
                WHERE r.condition_code = ? AND l.owner_subject LIKE 'bench-%' LIMIT 5000""")) {
            ps.setString(1, condition);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No generated listing treats " + condition);
        }
        return ids;
    }

    private static long count(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
