package io.fascia.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "7d1c2b7e-0000-4000-8000-000000000001", roles = "therapist")
    @OidcSecurity(claims = {
            @Claim(key = "sub", value = "7d1c2b7e-0000-4000-8000-000000000001"),
            @Claim(key = "preferred_username", value = "demo-therapist") })
    void showsSubjectUsernameAndRoles() {
        var response = given().header("X-Request-Id", "me-1").when().get("/api/v1/me");
        // One id per answer, though both the gateway's tagging and the REST filter set it.
        org.assertj.core.api.Assertions.assertThat(response.getHeaders().getValues("X-Request-Id")).containsExactly("me-1");
        response.then().log().ifValidationFails()
                .statusCode(200)
                .body("subject", equalTo("7d1c2b7e-0000-4000-8000-000000000001"))
                .body("username", equalTo("demo-therapist"))
                .body("roles", contains("therapist"));
    }

    @Test
    void anonymousCallerGetsProblem401() {
        given().when().get("/api/v1/me")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"fascia\"")
                .body("type", equalTo("urn:fascia:problem:authentication-required"))
                .body("instance", equalTo("/api/v1/me"));
    }
}
