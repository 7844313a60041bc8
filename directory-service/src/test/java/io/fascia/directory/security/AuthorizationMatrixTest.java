package io.fascia.directory.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.directory.credential.CredentialTestData;
import io.fascia.directory.listing.ListingFixtures;
import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Every directory route, called by each kind of caller: anonymous, a client, the owning therapist,
 * another therapist and an admin. Expected statuses side by side, so a gap shows at a glance.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class AuthorizationMatrixTest {

    static final String OWNER = "matrix-owner";
    static final String OTHER = "matrix-other-therapist";

    private static UUID listing;
    private static UUID offering;
    private static UUID licence;

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @BeforeEach
    void world() {
        if (listing != null) {
            return;
        }
        listing = ListingTestData.publishedListing(listings, OWNER);
        offering = listings.ownView(OWNER).listing().offerings().get(0).id();
        licence = CredentialTestData.verifiedLicence(credentials, OWNER);
        ListingTestData.publishedListing(listings, OTHER);
    }

    /** One route and what each caller gets: anonymous, client, owner, other therapist, admin. */
    record Route(String method, String path, Object body, int anonymous, int client, int owner, int otherTherapist,
            int admin) {
    }

    private List<Route> routes() {
        Map<String, Object> reason = Map.of("reason", "matrix check");
        Object profile = ListingFixtures.profile("Matrix Therapist");
        Object assessment = ListingFixtures.assessment();
        return List.of(
                new Route("GET", "/api/v1/directory/taxonomy", null, 200, 200, 200, 200, 200),
                new Route("GET", "/api/v1/directory/search?condition=upper-back-pain", null, 200, 200, 200, 200, 200),
                new Route("GET", "/api/v1/directory/listings/" + listing, null, 200, 200, 200, 200, 200),
                new Route("GET", "/api/v1/directory/ping", null, 401, 200, 200, 200, 200),
                new Route("GET", "/api/v1/directory/listings/me", null, 401, 403, 200, 200, 403),
                new Route("PUT", "/api/v1/directory/listings/me", profile, 401, 403, 200, 200, 403),
                new Route("POST", "/api/v1/directory/listings/me/offerings", assessment, 401, 403, 201, 201, 403),
                new Route("PUT", "/api/v1/directory/listings/me/offerings/" + offering, assessment, 401, 403, 200, 404, 403),
                new Route("DELETE", "/api/v1/directory/listings/me/offerings/" + UUID.randomUUID(), null, 401, 403, 404, 404, 403),
                new Route("POST", "/api/v1/directory/listings/me/publish", null, 401, 403, 200, 200, 403),
                new Route("GET", "/api/v1/directory/listings/me/credentials", null, 401, 403, 200, 200, 403),
                new Route("GET", "/api/v1/directory/credentials/" + licence + "/document", null, 401, 403, 200, 404, 200),
                new Route("GET", "/api/v1/directory/admin/credentials", null, 401, 403, 403, 403, 200),
                new Route("GET", "/api/v1/directory/admin/credentials/" + licence, null, 401, 403, 403, 403, 200),
                new Route("GET", "/api/v1/directory/admin/listings?q=a", null, 401, 403, 403, 403, 200),
                new Route("POST", "/api/v1/directory/admin/credentials/" + licence + "/verify", Map.of(), 401, 403, 403, 403, 409),
                new Route("POST", "/api/v1/directory/admin/credentials/" + UUID.randomUUID() + "/reject", reason, 401, 403, 403, 403, 404),
                new Route("POST", "/api/v1/directory/admin/credentials/" + UUID.randomUUID() + "/revoke", reason, 401, 403, 403, 403, 404),
                new Route("GET", "/api/v1/directory/admin/listings/" + listing, null, 401, 403, 403, 403, 200),
                new Route("POST", "/api/v1/directory/admin/listings/" + UUID.randomUUID() + "/suspend", reason, 401, 403, 403, 403, 404),
                new Route("POST", "/api/v1/directory/admin/listings/" + UUID.randomUUID() + "/reinstate", reason, 401, 403, 403, 403, 404),
                new Route("GET", "/api/v1/directory/admin/audit", null, 401, 403, 403, 403, 200));
    }

    @Test
    void anonymous() {
        check(Route::anonymous);
    }

    @Test
    @TestSecurity(user = "matrix-client", roles = "client")
    void client() {
        check(Route::client);
    }

    @Test
    @TestSecurity(user = OWNER, roles = "therapist")
    void owningTherapist() {
        check(Route::owner);
    }

    @Test
    @TestSecurity(user = OTHER, roles = "therapist")
    void anotherTherapist() {
        check(Route::otherTherapist);
    }

    @Test
    @TestSecurity(user = "matrix-admin", roles = "admin")
    void admin() {
        check(Route::admin);
    }

    private void check(java.util.function.ToIntFunction<Route> expected) {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            var request = given();
            if (route.body() != null) {
                request.contentType(ContentType.JSON).body(route.body());
            }
            var response = request.request(route.method(), route.path());
            int want = expected.applyAsInt(route);
            if (response.statusCode() != want) {
                wrong.add(route.method() + " " + route.path() + ": expected " + want + ", got " + response.statusCode());
            } else if (want >= 400) {
                assertThat(response.contentType()).as(route.method() + " " + route.path()).startsWith("application/problem+json");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
