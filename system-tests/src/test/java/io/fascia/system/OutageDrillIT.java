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
 * consumer dead-letters each once, and the event after it is applied;</li>
 * <li>review-service stopped, then killed, while session events stream in: after its restart every
 * event is applied and none is dead-lettered;</li>
 * <li>the broker away for 30 s while bookings are made: every booking is taken, reaches the topic
 * exactly once after the broker returns, and reaches review-service;</li>
 * <li>Keycloak away while the gateway starts: the gateway is not ready and answers 503 with
 * Retry-After (never 500), then serves tokens again once Keycloak is back, without a restart.</li>
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
    /** Events streamed at review-service while it is stopped or killed. */
    private static final int STREAM = 150;

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
                "fascia.directory.listings.v1", java.util.List.of("fascia.booking.listings-dlq.v1", "fascia.review.listings-dlq.v1",
                        "fascia.notification.listings-dlq.v1"),
                SESSIONS, java.util.List.of(SESSIONS_DEAD_LETTERS, "fascia.notification.sessions-dlq.v1"),
                "fascia.review.outcomes.v1", java.util.List.of("fascia.directory.outcomes-dlq.v1"),
                "fascia.review.check-ins.v1", java.util.List.of("fascia.notification.check-ins-dlq.v1"),
                // notification reads credentials and standings on one channel, so one of them is enough here.
                "fascia.directory.credentials.v1", java.util.List.of("fascia.notification.directory-dlq.v1"));
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

    @Test
    void reviewServiceStoppedOrKilledMidStreamLosesNothing() {
        KafkaEvents kafka = new KafkaEvents(WholeStack.kafkaBootstrap());
        for (boolean crash : new boolean[] { false, true }) {
            long deadLettersBefore = kafka.count(SESSIONS_DEAD_LETTERS);
            String client = (crash ? "killed-" : "stopped-") + UUID.randomUUID();
            int sent = STREAM;
            // The stream goes on while the service goes away: some events are applied, some in flight, some wait.
            java.util.concurrent.CompletableFuture<Void> stream = java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int i = 0; i < sent; i++) {
                    kafka.send(SESSIONS, UUID.randomUUID().toString(), Map.of("ce_id", UUID.randomUUID().toString(),
                            "ce_type", CONFIRMED, "ce_time", Instant.now().toString()), confirmed(UUID.randomUUID(), client));
                }
            });
            await("review-service to start applying the stream").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(50)).until(() -> sessionsOf(client) > 0);
            int beforeStop = sessionsOf(client);
            if (crash) {
                WholeStack.stack().kill("review");
            } else {
                WholeStack.stack().stop("review");
            }
            stream.join();
            int atStop = sessionsOf(client);
            Instant restarted = Instant.now();
            WholeStack.stack().start("review");
            await("review-service to apply all " + sent + " events after its restart").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).until(() -> sessionsOf(client) == sent);
            long deadLettered = kafka.count(SESSIONS_DEAD_LETTERS) - deadLettersBefore;
            LOG.infof("Drill, review-service %s mid-stream: %d sent, %d applied when it went, %d when it was gone, %d after "
                    + "the restart (%d s after starting it), %d dead-lettered", crash ? "killed (SIGKILL)" : "stopped (SIGTERM)",
                    sent, beforeStop, atStop, sessionsOf(client), Duration.between(restarted, Instant.now()).toSeconds(),
                    deadLettered);
            assertThat(sessionsOf(client)).isEqualTo(sent);
            assertThat(deadLettered).isZero();
        }
        settle();
    }

    @Test
    void theBrokerAwayUnderBookingLoadLosesAndDuplicatesNoBooking() throws Exception {
        KafkaEvents kafka = new KafkaEvents(WholeStack.kafkaBootstrap());
        String therapist = Keycloak.token("demo-therapist");
        String listing = given().auth().oauth2(therapist).when().get("/api/v1/directory/listings/me")
                .then().statusCode(200).extract().path("id");
        String offering = given().when().get("/api/v1/directory/listings/" + listing)
                .then().statusCode(200).extract().path("offerings[0].id");
        String clientName = "broker-drill-" + UUID.randomUUID().toString().substring(0, 8);
        Keycloak.createUser(clientName);
        String client = Keycloak.token(clientName);
        String subject = Keycloak.subjectOf(client);
        long onTopicBefore = kafka.count(SESSIONS);

        WholeStack.stack().stop("kafka");
        Instant down = Instant.now();
        java.util.List<String> booked = new java.util.ArrayList<>();
        try {
            // Straight to booking-service (it checks the token itself), so the gateway's write limit
            // per person does not pace the load.
            for (int i = 0; i < EVENTS; i++) {
                // The first open slot each time: a session blocks the slots it overlaps.
                String start = given().queryParam("offeringId", offering)
                        .queryParam("from", java.time.LocalDate.now().plusDays(3).toString())
                        .queryParam("to", java.time.LocalDate.now().plusDays(30).toString())
                        .when().get("/api/v1/booking/therapists/" + listing + "/slots")
                        .then().statusCode(200).extract().path("starts[0]");
                var answer = ApiSteps.book(client, listing, offering, start, WholeStack.serviceUrl("booking"));
                assertThat(answer.statusCode()).as("booking at " + start + " with the broker away").isEqualTo(201);
                booked.add(answer.path("id"));
            }
            Duration left = Duration.ofSeconds(30).minus(Duration.between(down, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } finally {
            WholeStack.stack().start("kafka");
        }
        Instant back = Instant.now();
        await("booking's outbox to be relayed after the broker returned").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> pendingInBookingOutbox() == 0);
        long relayed = Duration.between(back, Instant.now()).toSeconds();
        await("review-service to have every booking made while the broker was away").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> sessionsOf(subject) == EVENTS);
        long onTopic = kafka.count(SESSIONS) - onTopicBefore;
        LOG.infof("Drill, broker away 30 s under booking load: %d bookings accepted, %d records on %s (%.2f per booking), "
                + "outbox relayed %d s after the broker returned, %d in review-service, %d lost", booked.size(), onTopic,
                SESSIONS, (double) onTopic / booked.size(), relayed, sessionsOf(subject), booked.size() - sessionsOf(subject));
        assertThat(onTopic).isEqualTo(EVENTS);
        for (String booking : booked) {
            given().auth().oauth2(client).contentType("application/json").body("{}")
                    .when().post("/api/v1/booking/bookings/" + booking + "/cancel")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        }
        settle();
    }

    @Test
    void keycloakAwayWhileTheGatewayStartsIs503ThenRecoversWithoutARestart() {
        String search = "/api/v1/directory/search?condition=upper-back-pain&near=45.5200,-122.6800";
        String token = Keycloak.token("demo-client");
        WholeStack.stack().stop("keycloak", "gateway");
        Instant back;
        try {
            WholeStack.stack().startAlive("gateway");
            given().when().get("/q/health/ready").then().statusCode(503);
            given().auth().oauth2(token).when().get("/api/v1/me")
                    .then().log().ifValidationFails()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json");
            given().auth().oauth2("forged.token.value").when().get("/api/v1/me").then().statusCode(503);
            // What needs no token still works.
            given().when().get(search).then().statusCode(200);
        } finally {
            WholeStack.stack().start("keycloak");
            back = Instant.now();
        }
        await("the gateway to accept tokens again, without a restart").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(Keycloak.token("demo-client")).when().get("/api/v1/me").statusCode() == 200);
        long recovered = Duration.between(back, Instant.now()).toSeconds();
        settle();
        LOG.infof("Drill, Keycloak away while the gateway started: not ready, 503 with Retry-After for tokens (real and "
                + "forged), public search 200; tokens accepted %d s after Keycloak was back", recovered);
    }

    private static long pendingInBookingOutbox() {
        return count("booking", "SELECT count(*) FROM outbox_message WHERE published_at IS NULL");
    }

    private static final String CONFIRMED = "fascia.booking.session-confirmed.v1";

    private static String confirmed(UUID booking, String client) {
        // Complete by the schema (session-events.v1.json), as every consumer may rely on it.
        Instant startsAt = Instant.now().plus(Duration.ofDays(2));
        return """
                {"bookingId":"%s","therapistId":"%s","offeringId":"%s","clientSubject":"%s","startsAt":"%s","endsAt":"%s",
                 "offeringKind":"FOLLOW_UP","sessionType":"MEDICAL","cancellationWindowHours":24,"occurredAt":"%s"}"""
                .formatted(booking, UUID.randomUUID(), UUID.randomUUID(), client, startsAt, startsAt.plus(Duration.ofHours(1)),
                        Instant.now());
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
        return (int) count("review", "SELECT count(*) FROM session WHERE client_subject = ?", client);
    }

    /** A count in a service's database, or -1 while the database is still coming back. */
    private static long count(String database, String sql, String... parameters) {
        try (Connection db = DriverManager.getConnection(WholeStack.jdbcUrl(database));
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
