package io.fascia.directory.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The demo town loads into an empty directory, as deploy/fascia up does it. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@QuarkusTestResource(PostgresAndKafka.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fascia.demo.enabled", "true");
        }
    }

    @Test
    void clientsFindVerifiedTherapistsAroundPortland() {
        given().queryParam("near", "45.5152,-122.6784").queryParam("radiusKm", "40").queryParam("size", "50")
                .when().get("/api/v1/directory/search")
                .then().statusCode(200)
                // 30 in town: 3 wait for their licence, 1 licence has expired.
                .body("items.size()", equalTo(26))
                .body("items.displayName", hasItem("Theo Marsh, LMT (demo-therapist)"));
    }

    @Test
    void aChainDoesNotLetItsTherapistsScrape() {
        given().queryParam("near", "45.5152,-122.6784").queryParam("radiusKm", "40").queryParam("toolTechnique", "iastm")
                .when().get("/api/v1/directory/search")
                .then().statusCode(200)
                .body("items.practiceSetting", org.hamcrest.Matchers.not(hasItem("CHAIN_OR_SPA")));
    }

    @Test
    @TestSecurity(user = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0003", roles = "admin")
    void theAdminHasAQueueAndAnExpiredLicenceInTheAuditLog() {
        given().when().get("/api/v1/directory/admin/credentials")
                .then().statusCode(200).body("total", equalTo(3));
        given().queryParam("size", 200).when().get("/api/v1/directory/admin/audit")
                .then().statusCode(200)
                .body("items.action", hasItem("credential.expired"))
                .body("total", greaterThanOrEqualTo(40));
    }

    @Test
    @TestSecurity(user = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0002", roles = "therapist")
    void theDemoTherapistOwnsAPublishedListing() {
        given().when().get("/api/v1/directory/listings/me")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publiclyVisible", equalTo(true));
    }
}
