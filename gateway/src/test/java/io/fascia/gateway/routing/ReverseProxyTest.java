package io.fascia.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class ReverseProxyTest {

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void forwardsMethodPathQueryAndAuthorization() {
        given().urlEncodingEnabled(false).header("Authorization", "Bearer the-callers-token")
                .when().get("/api/v1/directory/search?near=52.5,13.4&page=2")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/directory/search?near=52.5,13.4&page=2"))
                .body("headers.authorization", equalTo("Bearer the-callers-token"))
                .body("headers.x-forwarded-for", notNullValue())
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.transfer-encoding", nullValue());
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void streamsRequestBodyAndRelaysStatusAndHeaders() {
        String body = "{\"note\":\"" + "x".repeat(100_000) + "\"}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/directory/onboarding")
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", "/api/v1/directory/listings/me")
                .body("method", equalTo("POST"))
                .body("body", equalTo(body))
                .body("headers.content-type", equalTo("application/json"));
    }

    @Test
    void aServicesOwnCachingAnswerReplacesTheGatewaysNoStore() {
        // Public taxonomy says it may be cached for an hour; two Cache-Control headers would mean no-store.
        assertThat(given().when().get("/api/v1/directory/taxonomy/cacheable")
                .then().log().ifValidationFails().statusCode(200).extract().headers().getValues("Cache-Control"))
                .containsExactly("max-age=3600");
        assertThat(given().when().get("/api/v1/directory/taxonomy/conditions")
                .then().statusCode(200).extract().headers().getValues("Cache-Control"))
                .containsExactly("no-store");
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void doesNotForwardHopByHopHeaders() {
        given().header("Proxy-Authorization", "Basic c2VjcmV0")
                .when().get("/api/v1/review/ping")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("headers.proxy-authorization", nullValue());
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void unreachableUpstreamIs503Problem() {
        given().when().get("/api/v1/booking/bookings/mine")
                .then().log().ifValidationFails()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", equalTo("The booking service is not reachable right now. Please try again shortly."));
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void slowUpstreamIs504ProblemAfterTheTimeout() {
        given().when().get("/api/v1/review/therapists/someone/slow")
                .then().log().ifValidationFails()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504));
    }

    @Test
    void anonymousCallerIsStoppedAtTheGateway() {
        int before = UpstreamStandIn.REQUESTS.get();
        given().when().get("/api/v1/directory/listings/me")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json");
        assertThat(UpstreamStandIn.REQUESTS.get()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void apiPathsOutsideTheRouteTableAreDenied() {
        given().when().get("/api/v1/internal/admin")
                .then().log().ifValidationFails()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fascia:problem:access-denied"));
    }

    @Test
    void anonymousCallerOutsideTheRouteTableGets401() {
        given().when().get("/api/v1/internal/admin")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theGatewaysOwnManagementPathsStayClosedExceptHealth() {
        int before = UpstreamStandIn.REQUESTS.get();
        given().when().get("/q/metrics").then().log().ifValidationFails().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
        assertThat(UpstreamStandIn.REQUESTS.get()).as("nothing under /q reaches the web app").isEqualTo(before);
    }

    @Test
    void everyOtherPathIsTheWebAppsWithTheBrowsersHostAndCookies() {
        given().urlEncodingEnabled(false).header("Cookie", "q_session=opaque")
                .when().get("/therapists/42?offering=7")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/therapists/42?offering=7"))
                .body("headers.cookie", equalTo("q_session=opaque"))
                .body("headers.x-forwarded-host", notNullValue())
                .body("headers.x-forwarded-proto", equalTo("http"));
        // Forms are posted to the web app, which checks the session and the form token itself.
        given().contentType("application/x-www-form-urlencoded").body("start=2026-12-01T09%3A00-08%3A00")
                .when().post("/book/42")
                .then().statusCode(201).body("method", equalTo("POST")).body("uri", equalTo("/book/42"));
        // The web app's pages carry its own Referrer-Policy and nosniff; the gateway adds no second one.
        given().when().get("/").then().statusCode(200).body("uri", equalTo("/"))
                .header("Referrer-Policy", org.hamcrest.Matchers.nullValue())
                .header("X-Content-Type-Options", org.hamcrest.Matchers.nullValue());
        given().when().get("/apiary").then().statusCode(200).body("uri", equalTo("/apiary"));
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void everyRequestGetsAnIdThatTravelsToTheServiceAndBack() {
        String generated = given().when().get("/api/v1/review/ping")
                .then().statusCode(200).header("X-Request-Id", notNullValue())
                .extract().header("X-Request-Id");
        given().header("X-Request-Id", "client-chosen-42").when().get("/api/v1/review/ping")
                .then().statusCode(200).header("X-Request-Id", equalTo("client-chosen-42"))
                .body("headers.x-request-id", equalTo("client-chosen-42"));
        given().header("X-Request-Id", "<script>").when().get("/api/v1/review/ping")
                .then().statusCode(200).header("X-Request-Id", not(equalTo("<script>")))
                .body("headers.x-request-id", not(equalTo("<script>")));
        assertThat(generated).hasSizeGreaterThan(8);
    }

    @Test
    void errorsAnsweredByTheGatewayCarryTheIdToo() {
        given().header("X-Request-Id", "support-ticket-7").when().get("/api/v1/directory/listings/me")
                .then().statusCode(401).header("X-Request-Id", equalTo("support-ticket-7"));
    }
}
