package io.fascia.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The second CSRF layer, before any resource or sign-in runs: unsafe requests from another site are refused. */
@QuarkusTest
class SameOriginTest {

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWith403() {
        given().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("start", "2026-12-01T09:00-08:00")
                .when().post("/book/00000000-0000-0000-0000-000000000001")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("sent from another site"));
        given().header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParam("reason", "x")
                .when().post("/my/bookings/00000000-0000-0000-0000-000000000001/cancel")
                .then().statusCode(403);
    }

    @Test
    void pagesCarryTheirSecurityHeaders() {
        given().when().get("/css/fascia.css")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
