package io.fascia.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Poison versus weather, without a broker: what is dead-lettered, what is retried until it passes,
 * and what is left for redelivery while the service stops. (The whole path through Kafka and
 * PostgreSQL is exercised by the services' consumer tests and the system tests.)
 */
class IncomingEventsTest {

    record Thing(String name) {
    }

    private final IncomingEvents events = new IncomingEvents();
    private final AtomicReference<String> outcome = new AtomicReference<>("pending");
    private final AtomicReference<Throwable> nackedWith = new AtomicReference<>();

    @BeforeEach
    void wire() {
        events.json = new ObjectMapper();
        events.stalls = new ConsumerStalls();
        events.stalls.reportedAfter = Duration.ZERO;
        events.firstDelay = Duration.ofMillis(1);
        events.maxDelay = Duration.ofMillis(4);
    }

    @Test
    void aGoodMessageIsAppliedWithItsEnvelopeAndAcked() {
        List<Envelope> seen = new ArrayList<>();
        events.apply(message("{\"name\":\"a\"}", headers("id-1", "fascia.test.thing-made.v1", "2026-11-28T07:00:00Z")),
                Thing.class, (envelope, thing) -> seen.add(envelope));
        assertThat(outcome.get()).isEqualTo("acked");
        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("id-1");
            assertThat(e.type()).isEqualTo("fascia.test.thing-made.v1");
            assertThat(e.time()).isEqualTo(java.time.OffsetDateTime.parse("2026-11-28T07:00:00Z"));
        });
    }

    @Test
    void headersNobodyCanParseArePoisonReadInOurCodeNotInTheConnector() {
        assertDeadLettered(message("{}", headers("id-2", "fascia.test.thing-made.v1", "yesterday-ish")), "ce_time");
        assertDeadLettered(message("{}", headers(null, "fascia.test.thing-made.v1", null)), "ce_id");
        assertDeadLettered(message("{}", headers("id-3", " ", null)), "ce_type");
    }

    @Test
    void anUnreadableBodyIsPoison() {
        assertDeadLettered(message("{\"name\":", headers("id-4", "fascia.test.thing-made.v1", null)), "not a Thing");
    }

    @Test
    void aDomainRejectionOrContentTheDatabaseRefusesIsPoisonAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        events.apply(message("{}", headers("id-5", "t", null)), Thing.class, (e, t) -> {
            calls.incrementAndGet();
            throw new PoisonMessage("unknown condition");
        });
        assertThat(outcome.get()).isEqualTo("nacked");
        assertThat(calls).hasValue(1);

        outcome.set("pending");
        events.apply(message("{}", headers("id-6", "t", null)), Thing.class, (e, t) -> {
            throw new IllegalStateException("could not execute statement",
                    new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        });
        assertThat(outcome.get()).isEqualTo("nacked");
    }

    @Test
    void aDatabaseOutageIsRetriedUntilItPassesNeverDeadLetteredAndShowsAsAStall() {
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<HealthCheckResponse> duringTheOutage = new AtomicReference<>();
        events.apply(message("{\"name\":\"b\"}", headers("id-7", "t", null)), Thing.class, (e, t) -> {
            if (calls.incrementAndGet() < 6) {
                if (calls.get() == 5) {
                    duringTheOutage.set(events.stalls.report());
                }
                throw new IllegalStateException("JDBC", new SQLException("Connection to localhost:5432 refused", "08001"));
            }
        });
        assertThat(outcome.get()).isEqualTo("acked");
        assertThat(calls).hasValue(6);
        assertThat(duringTheOutage.get().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(duringTheOutage.get().getData()).hasValueSatisfying(data -> assertThat(data.get("fascia.test.things.v1/0"))
                .asString().contains("event id-7").contains("4 attempts").contains("08001").doesNotContain("null"));
        assertThat(events.stalls.report().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aBugIsRetriedToo_theMessageWaitsForTheFixInsteadOfBeingLost() {
        AtomicInteger calls = new AtomicInteger();
        events.apply(message("{}", headers("id-8", "t", null)), Thing.class, (e, t) -> {
            if (calls.incrementAndGet() < 3) {
                throw new NullPointerException("a bug");
            }
        });
        assertThat(outcome.get()).isEqualTo("acked");
    }

    @Test
    void whileTheServiceStopsAFailingMessageIsNeitherAckedNorDeadLettered() {
        events.stopping(null);
        var stage = events.apply(message("{}", headers("id-9", "t", null)), Thing.class, (e, t) -> {
            throw new IllegalStateException("EntityManagerFactory is closed");
        });
        assertThat(stage.toCompletableFuture()).isCompleted();
        assertThat(outcome.get()).isEqualTo("pending");
        assertThat(events.stalls.report().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    private void assertDeadLettered(Message<String> message, String reason) {
        outcome.set("pending");
        AtomicInteger calls = new AtomicInteger();
        events.apply(message, Thing.class, (e, t) -> calls.incrementAndGet());
        assertThat(outcome.get()).isEqualTo("nacked");
        assertThat(nackedWith.get()).isInstanceOf(PoisonMessage.class).hasMessageContaining(reason);
        assertThat(calls).hasValue(0);
    }

    private static Map<String, String> headers(String id, String type, String time) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_time", time);
        return headers;
    }

    private Message<String> message(String payload, Map<String, String> headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("fascia.test.things.v1", 0, 42L, "key", payload);
        headers.forEach((name, value) -> {
            if (value != null) {
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        return Message.of(payload, Metadata.of(new IncomingKafkaRecordMetadata<>(record, "things")),
                () -> {
                    outcome.set("acked");
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    outcome.set("nacked");
                    nackedWith.set(failure);
                    return CompletableFuture.completedFuture(null);
                });
    }
}
