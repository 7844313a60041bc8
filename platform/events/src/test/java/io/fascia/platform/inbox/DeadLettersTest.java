package io.fascia.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Replaying a dead-letter topic on the real broker: back to the origin, unchanged, once. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class DeadLettersTest {

    private static final String ORIGIN = "fascia.test.things.v1";
    private static final String DEAD_LETTERS = "fascia.test.things-dlq.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aReplaySendsEachMessageBackToItsTopicWithItsIdOnceAndLeavesWhatHasNoOrigin() throws Exception {
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        String id = UUID.randomUUID().toString();
        kafka.send(DEAD_LETTERS, "key-1", Map.of("ce_id", id, "ce_type", "fascia.test.thing-made.v1",
                "ce_time", "2026-11-28T07:00:00Z", "dead-letter-topic", ORIGIN,
                "dead-letter-reason", "database is not currently accepting connections"), "{\"name\":\"a\"}");
        kafka.send(DEAD_LETTERS, "key-2", Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "fascia.test.thing-made.v1"),
                "{}");
        DeadLetters deadLetters = new DeadLetters(bootstrapServers);

        DeadLetters.Replay first = deadLetters.replay(DEAD_LETTERS);
        assertThat(first.replayed()).isEqualTo(1);
        assertThat(first.withoutOrigin()).isEqualTo(1);
        assertThat(first.byOrigin()).containsExactly(Map.entry(ORIGIN, 1));

        var back = kafka.read(ORIGIN, 1).stream().filter(r -> id.equals(KafkaEvents.header(r, "ce_id"))).toList();
        assertThat(back).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("key-1");
            assertThat(r.value()).isEqualTo("{\"name\":\"a\"}");
            assertThat(KafkaEvents.header(r, "ce_time")).isEqualTo("2026-11-28T07:00:00Z");
            assertThat(KafkaEvents.header(r, "dead-letter-reason")).isNull();
            assertThat(KafkaEvents.header(r, "dead-letter-topic")).isNull();
            assertThat(KafkaEvents.header(r, DeadLetters.REPLAYED_FROM_HEADER)).startsWith(DEAD_LETTERS + "/0@");
        });

        DeadLetters.Replay again = deadLetters.replay(DEAD_LETTERS);
        assertThat(again.replayed()).isZero();
        assertThat(again.withoutOrigin()).isZero();
        assertThat(deadLetters.list()).contains(new DeadLetters.Backlog(DEAD_LETTERS, 2, 0));
    }
}
