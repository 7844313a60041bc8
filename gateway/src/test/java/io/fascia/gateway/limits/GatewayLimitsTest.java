package io.fascia.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fascia.gateway.routing.UpstreamStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** Limits with small numbers: rate (429 + Retry-After), body size (413, 411), address and headers (414, 431), and the browser-facing headers. */
@QuarkusTest
@TestProfile(GatewayLimitsTest.SmallLimits.class)
@QuarkusTestResource(UpstreamStandIn.class)
class GatewayLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fascia.gateway.rate-limit.address-reads", "3", "fascia.gateway.rate-limit.subject-writes", "2",
                    "fascia.gateway.max-body-size", "1K", "fascia.gateway.max-upload-size", "4K");
        }
    }

    @Test
    void anAnonymousCallerOverTheReadLimitGets429WithRetryAfter() {
        given().when().get("/api/v1/directory/taxonomy").then().statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                .header("RateLimit", org.hamcrest.Matchers.matchesPattern("\"reads\";r=[0-2];t=[0-9]+"));
        for (int i = 0; i < 2; i++) {
            given().when().get("/api/v1/directory/taxonomy").then().statusCode(200);
        }
        given().when().get("/api/v1/directory/taxonomy")
                .then().statusCode(429).contentType("application/problem+json")
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"reads\";r=0;"))
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:fascia:problem:rate-limited"));
    }

    @Test
    void anonymousReadsThroughTheWebAppCountPerBrowserNotPerWebApp() {
        // The web app (a trusted proxy on loopback) names the browser in X-Forwarded-For.
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get("/api/v1/directory/taxonomy").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").when().get("/api/v1/directory/taxonomy").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.1, 203.0.113.8").when().get("/api/v1/directory/taxonomy")
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "eager-client", roles = "client")
    void writesHaveTheirOwnStricterLimitPerSubject() {
        given().contentType("application/json").body("{}").when().post("/api/v1/review/sessions/1/review").then().statusCode(201);
        given().contentType("application/json").body("{}").when().post("/api/v1/review/sessions/1/review").then().statusCode(201);
        given().contentType("application/json").body("{}").when().post("/api/v1/review/sessions/1/review")
                .then().statusCode(429).header("Retry-After", notNullValue());
        given().when().get("/api/v1/review/reviews/mine").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "big-writer", roles = "client")
    void aBodyOverTheLimitIs413AndNeverForwarded() {
        given().contentType("application/json").body("{\"comment\":\"" + "x".repeat(2_000) + "\"}")
                .when().post("/api/v1/review/sessions/2/review")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "uploading-therapist", roles = "therapist")
    void uploadsStreamWithoutALengthAndAreCutOffPastTheirLimit() {
        given().multiPart("document", "small.pdf", new byte[2_000], "application/pdf")
                .when().post("/api/v1/directory/listings/me/credentials")
                .then().statusCode(201);
        given().multiPart("document", "big.pdf", new byte[200_000], "application/pdf")
                .when().post("/api/v1/directory/listings/me/credentials")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anOverLongAddressOrHeaderBlockIsAProblemWithOneRequestIdAndNeverForwarded() {
        var longAddress = given().header("X-Request-Id", "gw-long").when().get("/api/v1/directory/taxonomy?q=" + "a".repeat(6_000))
                .then().statusCode(414).contentType("application/problem+json").extract();
        org.assertj.core.api.Assertions.assertThat(longAddress.headers().getValues("X-Request-Id")).containsExactly("gw-long");
        given().header("Cookie", "q_session=" + "c".repeat(30_000)).when().get("/api/v1/directory/taxonomy")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }

    @Test
    void browsersFromTheWebOriginMayCallAndGetSecurityHeaders() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/booking/bookings")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "http://localhost:5173").when().get("/api/v1/review/therapists/x/outcomes")
                .then().header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Request-Id"));
    }
}
