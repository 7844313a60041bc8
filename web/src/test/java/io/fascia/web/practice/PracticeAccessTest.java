package io.fascia.web.practice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Who gets into the therapist's workspace. Anonymous visitors and clients never reach the API
 * from these pages; a therapist does (here the gateway is away, so they get the outage page, which
 * proves the page let them through). Whose data a therapist sees is the API's to decide, tested
 * against the real stack in TherapistWorkspaceIT.
 */
@QuarkusTest
class PracticeAccessTest {

    private static final String BOOKING = UUID.randomUUID().toString();
    private static final List<String> PAGES = List.of("/practice", "/practice/listing", "/practice/credentials",
            "/practice/availability", "/practice/schedule", "/practice/outcomes", "/practice/bookings/" + BOOKING,
            "/practice/bookings/" + BOOKING + "/cancel");

    @Test
    void anonymousVisitorsAreNotLetIn() {
        for (String page : PAGES) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 302, 303))
                    .body(not(containsString("Your practice")));
        }
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsGetTheForbiddenPage() {
        for (String page : PAGES) {
            given().when().get(page).then().statusCode(403).contentType(containsString("text/html"));
        }
        given().contentType("application/x-www-form-urlencoded").formParam("_csrf", "x")
                .when().post("/practice/publish").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "therapist-theo", roles = "therapist")
    void therapistsGetThroughToTheApi() {
        for (String page : PAGES) {
            given().when().get(page).then().statusCode(503).body(containsString("Fascia is busy right now"));
        }
    }

    @Test
    @TestSecurity(user = "therapist-theo", roles = "therapist")
    void aFormWithoutThisSessionsTokenChangesNothing() {
        given().contentType("application/x-www-form-urlencoded").formParam("_csrf", "forged")
                .when().post("/practice/publish").then().statusCode(org.hamcrest.Matchers.oneOf(400, 403))
                .body(not(containsString("published")));
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void anySignedInPersonMayStartAsATherapist() {
        given().when().get("/practice/start").then().statusCode(200)
                .body(containsString("Offer medical massage on Fascia"));
    }
}
