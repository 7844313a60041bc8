package io.fascia.notification.testing;

import java.util.Map;

import io.fascia.testing.LocalStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What notification-service needs around it in its @QuarkusTests: real PostgreSQL, Kafka and SMTP
 * server (GreenMail), started by the project's launcher. Keycloak is replaced by {@link TestPeople}
 * here; the system tests run the real one.
 */
public class NotificationStack implements QuarkusTestResourceLifecycleManager {

    private LocalStack stack;

    @Override
    public Map<String, String> start() {
        stack = LocalStack.inBuildDirectory("test-stack").up("postgres", "kafka", "greenmail");
        return Map.of(
                "fascia.postgres.port", String.valueOf(stack.port("postgres")),
                "fascia.kafka.port", String.valueOf(stack.port("kafka")),
                "fascia.smtp.port", String.valueOf(stack.port("greenmail")),
                "fascia.greenmail.api-port", String.valueOf(stack.port("greenmail-api")));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.down();
        }
    }
}
