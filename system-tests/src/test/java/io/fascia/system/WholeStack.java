package io.fascia.system;

import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.fascia.testing.LocalStack;
import io.restassured.RestAssured;

/**
 * Starts the whole stack once for all system tests (PostgreSQL, Kafka, Keycloak with the realm,
 * the three services and the gateway, on free ports, through deploy/fascia) and stops it when the
 * test run ends. REST Assured talks to the gateway by default, and every answer it gets from the
 * API is held to the published OpenAPI document (OpenApiConformance).
 */
public class WholeStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(WholeStack.class, key -> {
            // -Dfascia.stack=deploy/.run runs the tests against a stack that is already up.
            String existing = System.getProperty("fascia.stack");
            if (existing != null && !existing.isBlank()) {
                stack = LocalStack.attach(java.nio.file.Path.of(existing));
                Keycloak.allowWebAppAt(keycloakUrl(), gatewayUrl());
                return (ExtensionContext.Store.CloseableResource) () -> stack.down();
            }
            // Follow-ups fall due within seconds, so the journey can answer one.
            // They stay answerable for 30 days, so the demo's session of 14 days ago still gets its check-ins.
            stack = LocalStack.inBuildDirectory("system-stack")
                    .withEnvironment(Map.of("FASCIA_REVIEW_FOLLOW_UPS", "PT15S,PT30S", "FASCIA_REVIEW_SWEEP_EVERY", "5s",
                            "FASCIA_REVIEW_ANSWER_WITHIN", "P30D",
                            // Credentials expiring soon are noticed within seconds, not the hour.
                            "FASCIA_CREDENTIALS_EXPIRY_CHECK", "5s",
                            // Low enough that GatewayMatrixIT can exceed it, far above what one journey writes.
                            "FASCIA_GATEWAY_RATE_LIMIT_SUBJECT_WRITES", "40"))
                    .up("postgres", "kafka", "keycloak", "greenmail", "directory", "booking", "review", "notification", "web",
                            "gateway");
            // The local realm knows the web app at :8080; this stack's gateway is on a free port.
            Keycloak.allowWebAppAt(keycloakUrl(), gatewayUrl());
            return (ExtensionContext.Store.CloseableResource) () -> stack.down();
        });
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = stack.port("gateway");
        OpenApiConformance.install(gatewayUrl(), stack.port("gateway"));
    }

    public static String gatewayUrl() {
        return "http://localhost:" + stack.port("gateway");
    }

    static String serviceUrl(String service) {
        return "http://localhost:" + stack.port(service);
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + stack.port("postgres") + "/" + database + "?user=" + database + "&password="
                + database;
    }

    /** The stack itself, for drills that stop and start a component. */
    static LocalStack stack() {
        return stack;
    }

    static String kafkaBootstrap() {
        return "127.0.0.1:" + stack.port("kafka");
    }

    static String keycloakUrl() {
        return "http://localhost:" + stack.port("keycloak");
    }
}
