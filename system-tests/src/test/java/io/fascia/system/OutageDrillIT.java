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
 * A failure drill on the whole stack: PostgreSQL stopped for 20 s while booking's session events
 * keep arriving at review-service, then started again. Nothing is lost, nothing is dead-lettered,
 * requests meanwhile answer 503 with Retry-After (never 500), and the services recover without a
 * restart. Prints its figures. (The waits are the drill's length and its bound, not assertions on
 * time.)
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
                        "ce_type", "fascia.booking.session-confirmed.v1", "ce_time", Instant.now().toString()),
                        """
                        {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","startsAt":"%s","occurredAt":"%s"}"""
                                .formatted(booking, UUID.randomUUID(), client, Instant.now().plus(Duration.ofDays(2)), Instant.now()));
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

    /** Every service answers its readiness again, so the tests after this one meet a healthy stack. */
    private static void settle() {
        for (String service : new String[] { "directory", "booking", "review", "gateway" }) {
            await(service + " to be ready again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().baseUri(WholeStack.serviceUrl(service)).port(-1).when().get("/q/health/ready")
                            .statusCode() == 200);
        }
    }

    private static int sessionsOf(String client) throws SQLException {
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
