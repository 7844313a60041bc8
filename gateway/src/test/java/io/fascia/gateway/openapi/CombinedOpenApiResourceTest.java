package io.fascia.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.fascia.gateway.routing.UpstreamStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class CombinedOpenApiResourceTest {

    @Test
    void anyoneReadsOneDocumentOfEveryReachableService() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .body("info.title", equalTo("Fascia API"))
                .body("paths.'/api/v1/review/ping'", notNullValue())
                .body("components.schemas.Ping.type", equalTo("object"))
                // The stand-in's booking route points at a closed port.
                .body("x-fascia-unavailable", contains("booking"));
    }

    @Test
    void swaggerUiIsServedWithoutSignIn() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
