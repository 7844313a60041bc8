package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real Keycloak tokens through the real gateway to the real services. */
@ExtendWith(WholeStack.class)
class GatewaySecurityIT {

    @ParameterizedTest
    @CsvSource({ "demo-client, client", "demo-therapist, therapist", "demo-admin, admin" })
    void meShowsEachDemoUsersSubjectAndRole(String username, String role) {
        String token = Keycloak.token(username);
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("subject", equalTo(Keycloak.subjectOf(token)))
                .body("username", equalTo(username))
                .body("roles", hasItem(role));
    }

    @Test
    void onlyTheDemoAdminIsAnAdmin() {
        given().auth().oauth2(Keycloak.token("demo-client"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", not(hasItem("admin")))
                .body("roles", not(hasItem("therapist")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "directory", "booking", "review" })
    void eachServiceAnswersItsPingThroughTheGateway(String service) {
        String token = Keycloak.token("demo-therapist");
        given().auth().oauth2(token)
                .when().get("/api/v1/" + service + "/ping")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("service", equalTo(service + "-service"))
                .body("subject", equalTo(Keycloak.subjectOf(token)))
                .body("roles", hasItem("therapist"));
    }

    @Test
    void missingTokenIs401Problem() {
        given().when().get("/api/v1/me")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"fascia\"")
                .body("type", equalTo("urn:fascia:problem:authentication-required"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/me", "/api/v1/directory/ping" })
    void tamperedTokenIs401Problem(String path) {
        given().auth().oauth2(tampered(Keycloak.token("demo-client")))
                .when().get(path)
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = { "directory", "booking", "review" })
    void servicesCheckTheTokenThemselvesToo(String service) {
        given().baseUri(WholeStack.serviceUrl(service)).port(-1)
                .auth().oauth2(tampered(Keycloak.token("demo-client")))
                .when().get("/api/v1/" + service + "/ping")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401Problem() {
        Keycloak.createShortLivedClient("expiry-test");
        String token = Keycloak.token("expiry-test", "demo-client");
        // Accepted while fresh, so the 401 below is about expiry and nothing else.
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token)
                        .when().get("/api/v1/me")
                        .then().statusCode(401)
                        .contentType("application/problem+json"));
    }

    @Test
    void pathsOutsideTheRouteTableAreDenied() {
        given().auth().oauth2(Keycloak.token("demo-admin"))
                .when().get("/q/metrics")
                .then().log().ifValidationFails()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void gatewayReportsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** Same header and claims, one character of the signature changed. */
    private static String tampered(String token) {
        int last = token.length() - 2;
        char replacement = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replacement + token.charAt(last + 1);
    }
}
