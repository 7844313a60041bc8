package io.fascia.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class ProblemExceptionMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void invalidBodyGives400WithOneErrorPerField() {
        given().contentType("application/json")
                .body("{\"condition\":\" \",\"painNow\":11,\"regions\":[\"neck\",\"" + "x".repeat(21) + "\"]}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:validation-failed"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/probe/intake"))
                .body("errors.field", hasItems("condition", "painNow", "regions[1]"))
                .body("errors.find { it.field == 'painNow' }.message", containsString("10"));
    }

    @Test
    void missingBodyGives400() {
        given().contentType("application/json")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:validation-failed"));
    }

    @Test
    void invalidQueryParameterIsNamedAsTheCallerSentIt() {
        given().when().get("/probe/page?limit=500")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void malformedJsonGives400WithTheLocation() {
        given().contentType("application/json").body("{\"condition\": ")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:malformed-request"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeInJsonNamesTheField() {
        given().contentType("application/json").body("{\"condition\":\"neck pain\",\"painNow\":\"a lot\",\"regions\":[\"neck\"]}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("painNow"));
    }

    @Test
    void domainProblemsKeepTheirStatusTypeAndDetail() {
        given().when().get("/probe/missing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:not-found"))
                .body("detail", equalTo("No therapist with id 42."));
        given().when().get("/probe/taken")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:conflict"));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        given().when().get("/probe/broken")
                .then().log().ifValidationFails()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:internal-error"))
                .body("detail", not(containsString("secret")));
    }

    @Test
    void aDatabaseOutageIs503WithRetryAfterNot500() {
        given().when().get("/probe/database-down")
                .then().log().ifValidationFails()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("type", equalTo("urn:fascia:problem:unavailable"))
                .body("instance", equalTo("/probe/database-down"))
                .body("detail", not(containsString("5432")));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().when().get("/nothing/here")
                .then().log().ifValidationFails()
                .statusCode(404)
                .contentType(PROBLEM);
        given().when().delete("/probe/missing")
                .then().log().ifValidationFails()
                .statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void anonymousCallerOfProtectedEndpointGets401WithChallenge() {
        given().when().get("/probe/admin")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer realm=\"fascia\"");
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void callerWithoutTheRoleGets403() {
        given().when().get("/probe/admin")
                .then().log().ifValidationFails()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:access-denied"));
    }
}
