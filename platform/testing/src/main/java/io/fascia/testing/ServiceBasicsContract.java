package io.fascia.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;

/**
 * What every Fascia service must do, whatever its domain: answer its authenticated ping only to
 * signed-in callers, refuse everyone else with a problem+json 401 and a bearer challenge, and
 * report ready only when its database and Kafka are. A service's test extends this with its ping
 * path and application name.
 */
public abstract class ServiceBasicsContract {

    private final String pingPath;
    private final String applicationName;

    protected ServiceBasicsContract(String pingPath, String applicationName) {
        this.pingPath = pingPath;
        this.applicationName = applicationName;
    }

    @Test
    void anonymousCallerGetsProblem401() {
        given().when().get(pingPath)
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"fascia\"")
                .body("status", equalTo(401))
                .body("type", equalTo("urn:fascia:problem:authentication-required"));
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void signedInCallerSeesItself() {
        given().when().get(pingPath)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("service", equalTo(applicationName))
                .body("subject", equalTo("dana"))
                .body("roles", contains("client"));
    }

    @Test
    void readinessCoversTheDatabaseAndWellnessTheEvents() {
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"))
                // Requests are served while the broker is away; the outbox and the consumers wait.
                .body("checks.findAll { it.name.contains('Kafka') }", empty())
                .body("checks.find { it.name.contains('Messaging') }?.data", nullValue());
        given().when().get("/q/health/well")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event consumers' }.status", equalTo("UP"));
    }
}
