package io.fascia.web.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With the gateway unreachable, a page is a 503 people can read, with Retry-After and the request id. */
@QuarkusTest
class OutagePageTest {

    @Test
    void anOutageIsA503PageWithRetryAfterAndTheRequestId() {
        given().header("X-Request-Id", "support-42")
                .when().get("/search?condition=upper-back-pain&place=Portland%2C+OR")
                .then().statusCode(503)
                .header("Retry-After", "5")
                .header("X-Request-Id", "support-42")
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Fascia is busy right now</h1>"))
                .body(containsString("support-42"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownPageIsA404Page() {
        given().when().get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("find that page"));
    }
}
