package io.fascia.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Who gets into the admin console: admins only. Anonymous visitors are sent to sign in, clients and
 * therapists get the forbidden page before any API call (the document URL included); an admin gets
 * through to the API (here the gateway is away, so the outage page proves the page let them in).
 * The same against the real stack, with data, is AdminConsoleIT.
 */
@QuarkusTest
class AdminAccessTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final List<String> PAGES = List.of("/admin", "/admin/credentials", "/admin/credentials/" + ID,
            "/admin/credentials/" + ID + "/document", "/admin/credentials/next?after=" + ID, "/admin/listings?q=ada",
            "/admin/listings/" + ID, "/admin/moderation", "/admin/audit");
    private static final List<String> FORMS = List.of("/admin/credentials/" + ID + "/verify",
            "/admin/credentials/" + ID + "/reject", "/admin/credentials/" + ID + "/revoke", "/admin/listings/" + ID + "/suspend",
            "/admin/listings/" + ID + "/reinstate", "/admin/moderation/comment/" + ID + "/approve",
            "/admin/moderation/reply/" + ID + "/reject");

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String page : PAGES) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 302, 303))
                    .body(not(containsString("Credential verification")));
        }
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsGetTheForbiddenPage() {
        forbidden();
    }

    @Test
    @TestSecurity(user = "therapist-theo", roles = "therapist")
    void therapistsGetTheForbiddenPage() {
        forbidden();
    }

    private static void forbidden() {
        for (String page : PAGES) {
            given().when().get(page).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("do that here"));
        }
        for (String form : FORMS) {
            given().contentType("application/x-www-form-urlencoded").formParam("_csrf", "x").formParam("reason", "x")
                    .when().post(form).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void adminsGetThroughToTheApi() {
        for (String page : PAGES) {
            given().when().get(page).then().statusCode(503).body(containsString("Fascia is busy right now"));
        }
    }
}
