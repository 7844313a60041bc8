package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.fascia.testing.KafkaEvents;

/**
 * Failure drills on the whole stack, each printing its figures:
 * <ul>
 * <li>PostgreSQL stopped for 20 s while booking's session events keep arriving at review-service,
 * then started again: nothing lost, nothing dead-lettered, requests meanwhile answer 503 with
 * Retry-After (never 500), and the services recover without a restart;</li>
 * <li>every event delivered three times: the read model changes once;</li>
 * <li>poison (an unreadable body, an unparsable {@code ce_time}) on every consumed topic: each
 * consumer dead-letters each once, and the event after it is applied.</li>
 * </ul>
 * (The sleep is the outage's length; every wait for an outcome polls with a bound.)
 */
@ExtendWith(WholeStack.class)
class OutageDrillIT {

    private static final Logger LOG = Logger.getLogger(OutageDrillIT.class);
    private static final String SESSIONS = "fascia.booking.sessions.v1";
    private static final String SESSIONS_DEAD_LETTERS = "fascia.review.sessions-dlq.v1";
    private static final int EVENTS = 20;
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void theDatabaseAwayFor20sLosesNoEventDeadLettersNoneAndAnswers503() throws Exception {
        KafkaEvents kafka = new KafkaEvents(WholeStack.kafkaBootstrap());
        long deadLettersBefore = kafka.count(SESSIONS_DEAD_LETTERS);
        String client = "drill-" + UUID.randomUUID();
        String search = "/api/v1/directory/search?condition=upper-back-pain&near=45.5200,-122.6800";

        WholeStack.stack().stop("postgres");
        Instant down = Instant.now();
        try {
            given().when().get(search)
                    .then().log().ifValidationFails()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:fascia:problem:unavailable"));
            for (int i = 0; i < EVENTS; i++) {
                UUID booking = UUID.randomUUID();
                kafka.send(SESSIONS, booking.toString(), Map.of("ce_id", UUID.randomUUID().toString(),
                        "ce_type", CONFIRMED, "ce_time", Instant.now().toString()), confirmed(booking, client));
            }
            Duration left = OUTAGE.minus(Duration.between(down, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } finally {
            WholeStack.stack().start("postgres");
        }
        Instant back = Instant.now();

        await("review-service to apply the " + EVENTS + " events it received while its database was away")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> sessionsOf(client) == EVENTS);
        long recovered = Duration.between(back, Instant.now()).toSeconds();
        await("search to answer again, without restarting any service").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().when().get(search).statusCode() == 200);
        long deadLettered = kafka.count(SESSIONS_DEAD_LETTERS) - deadLettersBefore;
        LOG.infof("Drill, database away %d s: %d events sent, %d applied, %d dead-lettered, all applied %d s after it returned",
                OUTAGE.toSeconds(), EVENTS, sessionsOf(client), deadLettered, recovered);
        assertThat(deadLettered).isZero();
        settle();
    }

    @Test
    void everyEventDeliveredThreeTimesChangesTheReadModelOnce() {
        KafkaEvents kafka = new KafkaEvents(WholeStack.kafkaBootstrap());
        long deadLettersBefore = kafka.count(SESSIONS_DEAD_LETTERS);
        String client = "redelivery-" + UUID.randomUUID();
        // One key for all: one partition, so the marker sent last is applied last.
        String key = UUID.randomUUID().toString();
        java.util.List<Map.Entry<String, String>> events = new java.util.ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(Map.entry(UUID.randomUUID().toString(), confirmed(UUID.randomUUID(), client)));
        }
        for (int round = 0; round < 3; round++) {
            events.forEach(e -> kafka.send(SESSIONS, key, Map.of("ce_id", e.getKey(), "ce_type", CONFIRMED), e.getValue()));
        }
        String marker = "marker-" + UUID.randomUUID();
        kafka.send(SESSIONS, key, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", CONFIRMED),
                confirmed(UUID.randomUUID(), marker));
        await("the marker after " + 3 * EVENTS + " deliveries to be applied").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).until(() -> sessionsOf(marker) == 1);
        int applied = sessionsOf(client);
        long deadLettered = kafka.count(SESSIONS_DEAD_LETTERS) - deadLettersBefore;
        LOG.infof("Drill, redelivery: %d events delivered 3 times each, %d sessions in the read model, %d dead-lettered",
                EVENTS, applied, deadLettered);
        assertThat(applied).isEqualTo(EVENTS);
        assertThat(deadLettered).isZero();
    }

    @Test
    void poisonOnEveryConsumedTopicIsDeadLetteredOnceAndWhatFollowsIsApplied() {
        KafkaEvents kafka = new KafkaEvents(WholeStack.kafkaBootstrap());
        // Each consumed topic, and the dead-letter topic of each service that consumes it.
        Map<String, java.util.List<String>> consumers = Map.of(
                "fascia.directory.listings.v1", java.util.List.of("fascia.booking.listings-dlq.v1", "fascia.review.listings-dlq.v1"),
                SESSIONS, java.util.List.of(SESSIONS_DEAD_LETTERS),
                "fascia.review.outcomes.v1", java.util.List.of("fascia.directory.outcomes-dlq.v1"));
        Map<String, Long> before = new java.util.HashMap<>();
        consumers.values().forEach(dlqs -> dlqs.forEach(dlq -> before.put(dlq, kafka.count(dlq))));
        String key = UUID.randomUUID().toString();
        consumers.keySet().forEach(topic -> {
            kafka.send(topic, key, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "fascia.drill.poison.v1"),
                    "{not json");
            kafka.send(topic, key, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "fascia.drill.poison.v1",
                    "ce_time", "yesterday-ish"), "{}");
        });
        String after = "after-poison-" + UUID.randomUUID();
        kafka.send(SESSIONS, key, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", CONFIRMED),
                confirmed(UUID.randomUUID(), after));

        await("the session event sent after the poison to be applied").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).until(() -> sessionsOf(after) == 1);
        await("each consumer to dead-letter both poison messages").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> before.entrySet().stream().allMatch(e -> kafka.count(e.getKey()) - e.getValue() >= 2));
        Map<String, Long> added = new java.util.TreeMap<>();
        before.forEach((dlq, count) -> added.put(dlq, kafka.count(dlq) - count));
        LOG.infof("Drill, poison (an unreadable body and an unparsable ce_time) on every consumed topic: dead-lettered %s; "
                + "the event after it applied", added);
        assertThat(added).allSatisfy((dlq, count) -> assertThat(count).as(dlq).isEqualTo(2));
    }

    private static final String CONFIRMED = "fascia.booking.session-confirmed.v1";

    private static String confirmed(UUID booking, String client) {
        return """
                {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","startsAt":"%s","occurredAt":"%s"}"""
                .formatted(booking, UUID.randomUUID(), client, Instant.now().plus(Duration.ofDays(2)), Instant.now());
    }

    /** Every service answers its readiness again, so the tests after this one meet a healthy stack. */
    private static void settle() {
        for (String service : new String[] { "directory", "booking", "review", "gateway" }) {
            await(service + " to be ready again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().baseUri(WholeStack.serviceUrl(service)).port(-1).when().get("/q/health/ready")
                            .statusCode() == 200);
        }
    }

    private static int sessionsOf(String client) {
        try (Connection db = DriverManager.getConnection(WholeStack.jdbcUrl("review"));
                PreparedStatement query = db.prepareStatement("SELECT count(*) FROM session WHERE client_subject = ?")) {
            query.setString(1, client);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            return -1; // the database is still coming back
        }
    }
}
