package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.fascia.testing.AccessMatrix;
import io.fascia.testing.AccessMatrix.Route;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A route for every rule of the gateway's access table, through the real gateway and services
 * with real tokens, for: anonymous,
 * demo-client (the owner of the demo bookings), demo-therapist (Theo, their therapist),
 * demo-admin, and a fresh client who owns nothing. Writes aim at a rule (409) or validation (400),
 * so the demo data stays as it is. Ends with a caller over the write limit getting 429.
 */
@ExtendWith(WholeStack.class)
class GatewayMatrixIT {

    private static final String API = "/api/v1";
    private static String stranger;
    private static String theo;
    private static String offering;
    private static String upcoming;
    private static String completed;
    private static String theosReview;

    @BeforeAll
    static void demoFixtures() {
        // The demo calendars and reviews arrive over events after the stack is up.
        String client = Keycloak.token("demo-client");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> given().auth().oauth2(client)
                .when().get(API + "/booking/bookings/mine").then().extract().<Integer> path("total") >= 2);
        List<Map<String, Object>> mine = given().auth().oauth2(client).when().get(API + "/booking/bookings/mine")
                .then().extract().path("items");
        // demo-client's completed and upcoming sessions are both with Theo (other tests may book others).
        Map<String, Object> done = mine.stream().filter(b -> "COMPLETED".equals(b.get("status"))).findFirst().orElseThrow();
        completed = (String) done.get("id");
        theo = (String) done.get("therapistId");
        upcoming = (String) mine.stream().filter(b -> "CONFIRMED".equals(b.get("status")) && theo.equals(b.get("therapistId")))
                .findFirst().orElseThrow().get("id");
        offering = given().when().get(API + "/directory/listings/" + theo).then().statusCode(200).extract().path("offerings[0].id");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .when().get(API + "/review/therapists/" + theo + "/reviews").then().extract().<Integer> path("total") > 0);
        theosReview = given().when().get(API + "/review/therapists/" + theo + "/reviews").then().extract().path("items[0].id");
        String name = "matrix-stranger-" + UUID.randomUUID().toString().substring(0, 8);
        Keycloak.createUser(name);
        stranger = name;
    }

    /** Columns: anonymous, demo-client, demo-therapist, demo-admin, a client who owns nothing. */
    private static List<Route> routes() {
        String day = LocalDate.now().plusDays(3).toString();
        Map<String, Object> review = Map.of("painAfter", 3, "sorenessDays", 1, "pgic", 6, "assessedBeforeTreatment", true,
                "planDiscussed", true, "homecareAssigned", true, "wouldRecommend", true);
        Map<String, Object> plan = Map.of("findings", Map.of("painfulRegions", List.of("neck"), "suspectedCauseRegions",
                List.of()), "goals", List.of("Sleep well"), "plannedSessions", 3, "intervalDays", 7, "homecare", List.of());
        return List.of(
                new Route("GET", API + "/me", null, 401, 200, 200, 200, 200),
                new Route("GET", API + "/openapi.json", null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/directory/taxonomy", null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/directory/search?condition=upper-back-pain", null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/directory/listings/" + theo, null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/directory/listings/me", null, 401, 403, 200, 403, 403),
                new Route("POST", API + "/directory/onboarding", Map.of(), 401, 400, 400, 400, 400),
                new Route("GET", API + "/directory/ping", null, 401, 200, 200, 200, 200),
                new Route("GET", API + "/directory/credentials/" + UUID.randomUUID() + "/document", null, 401, 403, 404, 404, 403),
                new Route("GET", API + "/directory/admin/credentials", null, 401, 403, 403, 200, 403),
                new Route("GET", API + "/directory/admin/audit", null, 401, 403, 403, 200, 403),
                new Route("GET", API + "/booking/therapists/" + theo + "/slots?offeringId=" + offering + "&from=" + day + "&to="
                        + day, null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/booking/availability/me", null, 401, 403, 200, 403, 403),
                new Route("POST", API + "/booking/bookings", Map.of(), 401, 400, 403, 403, 400),
                new Route("GET", API + "/booking/bookings/mine", null, 401, 200, 403, 403, 200),
                new Route("GET", API + "/booking/intake/needed?therapistId=" + theo, null, 401, 200, 403, 403, 200),
                new Route("GET", API + "/booking/bookings/" + upcoming, null, 401, 200, 200, 200, 404),
                new Route("GET", API + "/booking/bookings/" + upcoming + "/history", null, 401, 200, 200, 200, 404),
                new Route("POST", API + "/booking/bookings/" + completed + "/cancel", Map.of(), 401, 409, 403, 403, 404),
                new Route("POST", API + "/booking/bookings/" + completed + "/reschedule", Map.of("start", day + "T10:00:00-08:00"),
                        401, 409, 403, 403, 404),
                new Route("GET", API + "/booking/ping", null, 401, 200, 200, 200, 200),
                new Route("GET", API + "/booking/schedule/me", null, 401, 403, 200, 403, 403),
                new Route("POST", API + "/booking/schedule/bookings/" + completed + "/complete", null, 401, 403, 409, 403, 403),
                new Route("PUT", API + "/booking/schedule/bookings/" + upcoming + "/plan", plan, 401, 403, 409, 403, 403),
                new Route("GET", API + "/booking/plans/mine", null, 401, 200, 403, 403, 200),
                new Route("GET", API + "/booking/plans/" + UUID.randomUUID(), null, 401, 404, 404, 404, 404),
                new Route("POST", API + "/booking/plans/" + UUID.randomUUID() + "/series", Map.of(), 401, 400, 403, 403, 400),
                new Route("GET", API + "/booking/series/" + UUID.randomUUID(), null, 401, 404, 404, 404, 404),
                new Route("POST", API + "/booking/series/" + UUID.randomUUID() + "/cancel", Map.of(), 401, 404, 403, 403, 404),
                new Route("POST", API + "/booking/plans/" + UUID.randomUUID() + "/shares", Map.of(), 401, 404, 403, 403, 404),
                new Route("GET", API + "/booking/plans/" + UUID.randomUUID() + "/shares", null, 401, 404, 403, 403, 404),
                new Route("GET", API + "/booking/shares/" + UUID.randomUUID(), null, 401, 404, 403, 403, 404),
                new Route("POST", API + "/booking/shares/" + UUID.randomUUID() + "/revoke", Map.of(), 401, 404, 403, 403, 404),
                // A progress summary's link is open to whoever holds it; one that was never made is 404 to everyone.
                new Route("GET", API + "/booking/shared/" + "A".repeat(43), null, 404, 404, 404, 404, 404),
                new Route("GET", API + "/booking/admin/therapists/" + theo + "/schedule", null, 401, 403, 403, 200, 403),
                new Route("GET", API + "/review/sessions/reviewable", null, 401, 200, 403, 403, 200),
                new Route("POST", API + "/review/sessions/" + upcoming + "/review", review, 401, 409, 403, 403, 404),
                new Route("GET", API + "/review/check-ins/due", null, 401, 200, 403, 403, 200),
                new Route("GET", API + "/review/reviews/mine", null, 401, 200, 403, 403, 200),
                new Route("GET", API + "/review/ping", null, 401, 200, 200, 200, 200),
                new Route("GET", API + "/review/therapists/" + theo + "/outcomes", null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/review/therapists/" + theo + "/reviews", null, 200, 200, 200, 200, 200),
                new Route("GET", API + "/review/therapists/me/reviews", null, 401, 403, 200, 403, 403),
                new Route("POST", API + "/review/reviews/" + theosReview + "/reply", Map.of(), 401, 403, 400, 403, 403),
                new Route("GET", API + "/review/admin/moderation", null, 401, 403, 403, 200, 403),
                new Route("GET", API + "/notifications/preferences/me", null, 401, 200, 200, 200, 200),
                new Route("PUT", API + "/notifications/preferences/me", Map.of(), 401, 400, 400, 400, 400),
                new Route("GET", API + "/notifications/unsubscribe/unknown-token", null, 404, 404, 404, 404, 404),
                new Route("POST", API + "/notifications/unsubscribe/unknown-token", null, 404, 404, 404, 404, 404),
                new Route("GET", API + "/notifications/ping", null, 401, 200, 200, 200, 200),
                new Route("GET", API + "/no-such-service/anything", null, 401, 403, 403, 403, 403));
    }

    @Test
    void anonymous() {
        AccessMatrix.check(routes(), 0);
    }

    @Test
    void theBookingsClient() {
        AccessMatrix.check(routes(), 1, bearer("demo-client"));
    }

    @Test
    void theBookingsTherapist() {
        AccessMatrix.check(routes(), 2, bearer("demo-therapist"));
    }

    @Test
    void anAdmin() {
        AccessMatrix.check(routes(), 3, bearer("demo-admin"));
    }

    @Test
    void aClientWhoOwnsNothing() {
        AccessMatrix.check(routes(), 4, bearer(stranger));
    }

    @Test
    void aCallerOverTheWriteLimitGets429WithRetryAfter() {
        String name = "matrix-hasty-" + UUID.randomUUID().toString().substring(0, 8);
        Keycloak.createUser(name);
        String token = Keycloak.token(name);
        // 40 writes a minute in this stack: a burst of twice that runs out, whatever refills meanwhile.
        // The refusal checked is the first one itself: a later request could find a token refilled.
        io.restassured.response.Response answer = null;
        for (int i = 0; i < 80 && (answer == null || answer.statusCode() == 400); i++) {
            answer = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .when().post(API + "/booking/bookings");
        }
        answer.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"writes\";r=0;"))
                .body("type", equalTo("urn:fascia:problem:rate-limited"));
        // Reads have their own bucket.
        given().auth().oauth2(token).when().get(API + "/booking/bookings/mine").then().statusCode(200);
    }

    private static UnaryOperator<RequestSpecification> bearer(String username) {
        String token = Keycloak.token(username);
        return request -> request.auth().oauth2(token);
    }
}
