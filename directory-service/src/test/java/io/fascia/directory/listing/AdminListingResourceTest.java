package io.fascia.directory.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class AdminListingResourceTest {

    @Inject
    ListingService listings;

    private UUID listingId;

    @BeforeEach
    void aListing() {
        String owner = "therapist-" + UUID.randomUUID();
        listingId = listings.saveProfile(owner, ListingFixtures.profileRequest("Suspend Me")).id();
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void adminSuspendsAndReinstatesWithReasonsThatAreAudited() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "Licence board reports a complaint under review"))
                .when().post(path("/suspend"))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("ownerStatus", equalTo("DRAFT"))
                .body("notVisibleBecause", hasItem("The listing is suspended: Licence board reports a complaint under review"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post(path("/suspend"))
                .then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("reason", "Complaint dismissed"))
                .when().post(path("/reinstate"))
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"));

        given().queryParam("targetId", listingId.toString())
                .when().get("/api/v1/directory/admin/audit")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items.action", contains("listing.reinstated", "listing.suspended"))
                .body("items[0].actor", equalTo("admin-ada"))
                .body("items[1].reason", equalTo("Licence board reports a complaint under review"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void aReasonIsRequired() {
        given().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post(path("/suspend"))
                .then().statusCode(400).body("errors.field", contains("reason"));
        given().when().get(path("")).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void unknownListingIs404() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/v1/directory/admin/listings/" + UUID.randomUUID() + "/suspend")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "therapist-x", roles = "therapist")
    void therapistsCannotSuspendOrReadTheAuditLog() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "competitor"))
                .when().post(path("/suspend"))
                .then().statusCode(403);
        given().when().get("/api/v1/directory/admin/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsCannotSuspend() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "bad massage"))
                .when().post(path("/suspend"))
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotSuspend() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post(path("/suspend"))
                .then().statusCode(401);
        given().when().get("/api/v1/directory/admin/audit").then().statusCode(401);
    }

    private String path(String action) {
        return "/api/v1/directory/admin/listings/" + listingId + action;
    }
}
