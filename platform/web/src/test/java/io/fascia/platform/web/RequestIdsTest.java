package io.fascia.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdsTest {

    @Test
    void theGatewaysIdComesBackAndAMissingOrUnsafeOneIsReplaced() {
        given().header("X-Request-Id", "gw-123").when().get("/probe/page?limit=1")
                .then().header("X-Request-Id", equalTo("gw-123"));
        given().when().get("/probe/page?limit=1")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "x".repeat(300)).when().get("/probe/page?limit=1")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void pagesKnowWhetherMoreFollow() {
        org.junit.jupiter.api.Assertions.assertTrue(new Page<>(java.util.List.of(1, 2), 0, 2, 5).hasMore());
        org.junit.jupiter.api.Assertions.assertFalse(new Page<>(java.util.List.of(5), 2, 2, 5).hasMore());
    }
}
