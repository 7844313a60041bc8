package io.fascia.gateway.policy;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.fascia.gateway.routing.UpstreamStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The configured access table at work: public reads, role rules per prefix and method, deny by default. */
@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class AccessPolicyTest {

    @Test
    void anonymousCallersReachOnlyPublicReads() {
        given().when().get("/api/v1/directory/search?condition=neck-pain").then().statusCode(200);
        given().when().get("/api/v1/directory/taxonomy/conditions").then().statusCode(200);
        given().when().get("/api/v1/review/therapists/3f2a/outcomes").then().statusCode(200);
        given().when().get("/api/v1/directory/listings/me").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/api/v1/directory/search").then().statusCode(401);
        given().when().get("/api/v1/review/admin/moderation").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "a-client", roles = "client")
    void aClientIsKeptOutOfTherapistAndAdminPaths() {
        given().when().get("/api/v1/review/reviews/mine").then().statusCode(200);
        given().when().get("/api/v1/directory/listings/me").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/review/admin/moderation").then().statusCode(403);
        given().when().get("/api/v1/directory/no-such-thing").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "a-therapist", roles = "therapist")
    void aTherapistManagesTheirListingButDoesNotBook() {
        given().when().get("/api/v1/directory/listings/me").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/v1/review/reviews/1/reply").then().statusCode(201);
        given().when().get("/api/v1/review/reviews/mine").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "an-admin", roles = "admin")
    void anAdminReachesAdminPaths() {
        given().when().get("/api/v1/review/admin/moderation").then().statusCode(200);
        given().when().get("/api/v1/directory/admin/audit").then().statusCode(200);
    }
}
