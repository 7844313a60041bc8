package io.fascia.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Over-long addresses and header blocks are refused with problem+json, not Vert.x's empty answer. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void anAddressOverTheLimitIs414ProblemJsonWithARequestId() {
        given().header("X-Request-Id", "long-uri-1").when().get("/probe/page?limit=1&q=" + "a".repeat(5_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .header("X-Request-Id", equalTo("long-uri-1"))
                .body("status", equalTo(414))
                .body("detail", containsString("4096"))
                .body("instance", equalTo("/probe/page"));
        given().when().get("/probe/" + "p".repeat(20_000))
                .then().statusCode(414).contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("instance.length()", equalTo(256));
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() {
        given().header("Cookie", "q_session=" + "c".repeat(25_000)).when().get("/probe/page?limit=1")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("detail", containsString("cookies"));
    }

    @Test
    void aControlCharacterInThePathIs400ProblemJson() {
        for (String path : java.util.List.of("/probe/a%00b", "/probe/a%0Ab", "/probe/a%7f")) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:fascia:problem:malformed-request"))
                    .body("detail", containsString("control character"));
        }
    }

    @Test
    void requestsWithinTheLimitsPass() {
        given().header("Cookie", "q_session=" + "c".repeat(12_000)).when().get("/probe/page?limit=1&q=" + "a".repeat(3_000))
                .then().statusCode(not(equalTo(414))).statusCode(not(equalTo(431))).statusCode(200);
    }
}
