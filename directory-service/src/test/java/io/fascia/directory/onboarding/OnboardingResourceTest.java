package io.fascia.directory.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.directory.practice.ListingService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Onboarding without a reachable Keycloak: the role cannot be granted, so nothing is written.
 * The successful path, with the real Keycloak and its restricted service account, is in
 * system-tests (OnboardingIT).
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OnboardingResourceTest {

    @Inject
    ListingService listings;

    @Test
    @TestSecurity(user = "client-wants-to-be-therapist", roles = "client")
    void whenTheRoleCannotBeGrantedNoListingIsWritten() {
        given().contentType(ContentType.JSON).body(Map.of("displayName", "Future Therapist", "timeZone", "America/Chicago"))
                .when().post("/api/v1/directory/onboarding")
                .then().log().ifValidationFails()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", equalTo("Your therapist account could not be set up right now; nothing was changed. "
                        + "Please try again shortly."));
        assertThat(listings.findOwned("client-wants-to-be-therapist")).isEmpty();
    }

    @Test
    @TestSecurity(user = "client-bad-onboarding", roles = "client")
    void badInputIs400() {
        given().contentType(ContentType.JSON).body(Map.of("displayName", "X", "timeZone", "Mars/Olympus"))
                .when().post("/api/v1/directory/onboarding")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("displayName"));
        given().contentType(ContentType.JSON).body(Map.of("displayName", "Future Therapist", "timeZone", "Mars/Olympus"))
                .when().post("/api/v1/directory/onboarding")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("timeZone"));
        assertThat(listings.findOwned("client-bad-onboarding")).isEmpty();
    }

    @Test
    void anonymousCallersCannotOnboard() {
        given().contentType(ContentType.JSON).body(Map.of("displayName", "Nobody", "timeZone", "UTC"))
                .when().post("/api/v1/directory/onboarding")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
