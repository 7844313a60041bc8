package io.fascia.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL (with the service databases) and a real KRaft Kafka broker for a service's
 * {@code @QuarkusTest}s, started by the project's launcher and stopped when the tests end. The
 * services' configuration reads the ports from {@code fascia.postgres.port} and
 * {@code fascia.kafka.port}.
 */
public class PostgresAndKafka implements QuarkusTestResourceLifecycleManager {

    private LocalStack stack;

    @Override
    public Map<String, String> start() {
        stack = LocalStack.inBuildDirectory("test-stack").up("postgres", "kafka");
        return Map.of(
                "fascia.postgres.port", String.valueOf(stack.port("postgres")),
                "fascia.kafka.port", String.valueOf(stack.port("kafka")));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.down();
        }
    }
}
