package io.fascia.directory.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.directory.practice.ListingService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class AdminListingResourceTest {

    @Inject
    ListingService listings;

    private UUID listingId;
    private String owner;
    private String name;

    @BeforeEach
    void aListing() {
        owner = "therapist-" + UUID.randomUUID();
        name = "Suspend Me " + UUID.randomUUID().toString().substring(0, 8);
        listingId = listings.saveProfile(owner, ListingFixtures.profileRequest(name)).id();
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void adminsFindAListingByPartOfItsNameByItsOwnerOrByItsId() {
        given().queryParam("q", name.substring(11).toUpperCase())
                .when().get("/api/v1/directory/admin/listings")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(listingId.toString()))
                .body("items[0].listing.displayName", equalTo(name))
                .body("items[0].notVisibleBecause", hasItem(containsString("not published")));
        given().queryParam("q", owner).when().get("/api/v1/directory/admin/listings")
                .then().statusCode(200).body("items.id", contains(listingId.toString()));
        given().queryParam("q", listingId.toString()).when().get("/api/v1/directory/admin/listings")
                .then().statusCode(200).body("items.id", contains(listingId.toString()));
        // Wildcards typed by an admin are taken literally.
        given().queryParam("q", "%").when().get("/api/v1/directory/admin/listings")
                .then().statusCode(200).body("items.id", not(hasItem(listingId.toString())));
        given().queryParam("suspended", "maybe").when().get("/api/v1/directory/admin/listings")
                .then().statusCode(400).body("errors.field", contains("suspended"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "admin-ada"), @Claim(key = "name", value = "Ada Admin") })
    void theAuditLogNamesTheAdminAndFiltersByActorActionAndTime() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "Complaint under review"))
                .when().post(path("/suspend")).then().statusCode(200);
        given().queryParam("suspended", "true").queryParam("q", name)
                .when().get("/api/v1/directory/admin/listings")
                .then().statusCode(200).body("items.id", contains(listingId.toString()));

        given().queryParam("actor", "ada adm").queryParam("action", "listing").queryParam("targetId", listingId.toString())
                .queryParam("from", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
                .when().get("/api/v1/directory/admin/audit")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("listing.suspended"))
                .body("items[0].actorName", equalTo("Ada Admin"));
        given().queryParam("action", "credential").queryParam("targetId", listingId.toString())
                .when().get("/api/v1/directory/admin/audit")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("to", "2020-01-01").queryParam("targetId", listingId.toString())
                .when().get("/api/v1/directory/admin/audit")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("from", "yesterday").queryParam("beforeAt", "2026-01-01T00:00:00Z")
                .when().get("/api/v1/directory/admin/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("from", "beforeId"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void theLogPagesAfterAnEntryWithoutLosingOrRepeatingOne() {
        for (String reason : java.util.List.of("first", "second", "third")) {
            given().contentType(ContentType.JSON).body(Map.of("reason", reason)).when().post(path("/suspend"))
                    .then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("reason", reason)).when().post(path("/reinstate"))
                    .then().statusCode(200);
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String beforeAt = null;
        String beforeId = null;
        for (int page = 0; page < 4; page++) {
            var request = given().queryParam("targetId", listingId.toString()).queryParam("size", 4);
            if (beforeAt != null) {
                request = request.queryParam("beforeAt", beforeAt).queryParam("beforeId", beforeId);
            }
            var items = request.when().get("/api/v1/directory/admin/audit").then().statusCode(200)
                    .body("total", equalTo(6)).extract().jsonPath().getList("items", Map.class);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> seen.add((String) item.get("id")));
            beforeAt = (String) items.get(items.size() - 1).get("at");
            beforeId = (String) items.get(items.size() - 1).get("id");
        }
        org.assertj.core.api.Assertions.assertThat(seen).hasSize(6).doesNotHaveDuplicates();
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
    void therapistsCannotFindSuspendOrReadTheAuditLog() {
        given().when().get("/api/v1/directory/admin/listings").then().statusCode(403);
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
