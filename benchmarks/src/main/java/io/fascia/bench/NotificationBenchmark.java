package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Session events through notification-service to the SMTP server: {@code --events} completed
 * relaxation sessions of one client (a Keycloak user the benchmark creates once,
 * {@code bench-mail-client}) are produced onto {@code fascia.booking.sessions.v1}, as a burst or at
 * {@code --rate} per second; each calls for one e-mail (the review invitation). Prints messages per second
 * and the latency from producing an event to SMTP accepting its message (the message's sent_at),
 * p50/p95/p99/max. Relaxation sessions get no check-ins, so nothing else follows from them.
 */
public final class NotificationBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLIENT = "bench-mail-client";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int events = Integer.parseInt(o.getOrDefault("events", "10000"));
        // Events per second; 0 sends them all at once (a burst: the latency is then mostly queueing).
        int rate = Integer.parseInt(o.getOrDefault("rate", "0"));
        String kafka = o.getOrDefault("kafka", "127.0.0.1:19092");
        String db = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:15432/notification?user=notification&password=notification");
        String keycloak = o.getOrDefault("keycloak", "http://localhost:8180");
        String greenmail = o.getOrDefault("greenmail", "http://127.0.0.1:18025");

        String client = clientSubject(keycloak);
        UUID therapist;
        try (Connection c = DriverManager.getConnection(db);
                ResultSet r = c.createStatement().executeQuery("SELECT therapist_id FROM therapist ORDER BY snapshot_at LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("notification-service knows no therapist yet: start the stack with demo data");
            }
            therapist = (UUID) r.getObject(1);
        }
        purge(greenmail);

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        Map<String, Instant> produced = new HashMap<>(events * 2);
        Instant started = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < events; i++) {
                UUID booking = UUID.randomUUID();
                String id = UUID.randomUUID().toString();
                Instant now = Instant.now();
                String body = """
                        {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","offeringId":"%s","offeringKind":"OTHER",
                         "sessionType":"RELAXATION","condition":"neck-pain","bodyRegions":[],"baselinePain":3,
                         "startsAt":"%s","endsAt":"%s","completedAt":"%s"}""".formatted(booking, therapist, client, UUID.randomUUID(),
                        now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), now);
                ProducerRecord<String, String> record = new ProducerRecord<>("fascia.booking.sessions.v1", booking.toString(), body);
                record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", "fascia.booking.session-completed.v1".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_source", "/bench".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_time", now.toString().getBytes(StandardCharsets.UTF_8));
                produced.put(id, now);
                producer.send(record);
                if (rate > 0) {
                    long due = started.toEpochMilli() + (i + 1) * 1000L / rate;
                    long wait = due - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                }
            }
            producer.flush();
        }
        Instant allProduced = Instant.now();
        System.out.printf("Produced %d session-completed events in %d ms (%s)%n", events,
                Duration.between(started, allProduced).toMillis(), rate > 0 ? rate + " per second" : "a burst");

        Map<String, Instant> sent = new HashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        int lastReported = -1;
        while (sent.size() < events && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            sent = sentSince(db, started);
            sent.keySet().retainAll(produced.keySet());
            if (sent.size() / 1000 != lastReported) {
                lastReported = sent.size() / 1000;
                System.out.printf("  %d of %d accepted by SMTP after %d s%n", sent.size(), events,
                        Duration.between(started, Instant.now()).toSeconds());
            }
        }
        long[] latencies = new long[sent.size()];
        Instant last = started;
        int i = 0;
        for (Map.Entry<String, Instant> e : sent.entrySet()) {
            latencies[i++] = Duration.between(produced.get(e.getKey()), e.getValue()).toNanos();
            last = e.getValue().isAfter(last) ? e.getValue() : last;
        }
        Arrays.sort(latencies);
        double seconds = Duration.between(started, last).toMillis() / 1000.0;
        System.out.printf("%nSent %d of %d messages in %.1f s: %.0f messages/s (first event produced to last SMTP acceptance)%n",
                sent.size(), events, seconds, sent.size() / seconds);
        System.out.println("Event produced -> SMTP accepted (ms):    p50       p95       p99      mean");
        BenchSupport.printRow("latency", latencies);
        purge(greenmail);
    }

    /** The benchmark's own client in the local realm, created once (e-mail bench-mail-client@fascia.example). */
    private static String clientSubject(String keycloak) throws Exception {
        String admin = BenchSupport.token(HTTP, keycloak, "master", "admin-cli", "admin", "admin");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/fascia/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@fascia.example","firstName":"Bench"}"""
                        .formatted(CLIENT, CLIENT))).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Could not create " + CLIENT + ": " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                + "/admin/realms/fascia/users?exact=true&username=" + CLIENT)).header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(found.body());
        if (!id.find()) {
            throw new IllegalStateException("No id for " + CLIENT + ": " + found.body());
        }
        return id.group(1);
    }

    private static Map<String, Instant> sentSince(String db, Instant since) throws Exception {
        Map<String, Instant> sent = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db);
                PreparedStatement q = c.prepareStatement(
                        "SELECT event_id, sent_at FROM message WHERE created_at >= ? AND status = 'SENT' AND kind = 'REVIEW_INVITATION'")) {
            q.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sent.put(r.getString(1), r.getTimestamp(2).toInstant());
                }
            }
        }
        return sent;
    }

    /** Empties GreenMail's mailboxes: ten thousand invitations are not worth keeping in memory. */
    private static void purge(String greenmail) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(greenmail + "/api/mail/purge")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private NotificationBenchmark() {
    }
}
