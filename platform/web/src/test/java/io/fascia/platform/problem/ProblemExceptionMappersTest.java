package io.fascia.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
    void aDuplicatedKeyIs400NotAGuess() {
        given().contentType("application/json")
                .body("{\"condition\":\"neck-pain\",\"condition\":\"low-back-pain\",\"painNow\":3,\"regions\":[\"neck\"]}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:fascia:problem:malformed-request"))
                .body("detail", containsString("Duplicate field 'condition'"));
    }

    @Test
    void anythingAfterTheValueIs400() {
        given().contentType("application/json")
                .body("{\"condition\":\"neck-pain\",\"painNow\":3,\"regions\":[\"neck\"]} {\"more\":1}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("more after the JSON value"))
                .body("detail", not(containsString("io.fascia")));
    }

    @Test
    void aFractionInAWholeNumberIs400NamingTheField() {
        given().contentType("application/json")
                .body("{\"condition\":\"neck-pain\",\"painNow\":3.7,\"regions\":[\"neck\"]}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("painNow"));
    }

    @Test
    void controlCharactersInTextAre400NamingTheFieldButProseKeepsItsLines() {
        given().contentType("application/json")
                .body("{\"condition\":\"neck\\u0000pain\",\"painNow\":3,\"regions\":[\"neck\"]}")
                .when().post("/probe/intake")
                .then().log().ifValidationFails()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("condition"))
                .body("errors[0].message", equalTo("must not contain control characters"));
        given().contentType("application/json")
                .body("{\"kind\":\"FOLLOW_UP\",\"note\":\"first line\\nsecond\\tline\"}")
                .when().post("/probe/visit")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("note", equalTo("first line\nsecond\tline"));
    }

    @Test
    void anEnumGivenAsANumberOrAnUnknownNameIs400NamingTheField() {
        given().contentType("application/json").body("{\"kind\":1}")
                .when().post("/probe/visit")
                .then().log().ifValidationFails()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
        given().contentType("application/json").body("{\"kind\":\"SPA_DAY\"}")
                .when().post("/probe/visit")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aBodyWithoutContentTypeIs415NotReadAsJson() throws Exception {
        // REST Assured always sends a Content-Type with a body; the JDK's client sends none.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/probe/intake"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"condition\":\"neck-pain\",\"painNow\":3,\"regions\":[\"neck\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.body()).contains("Content-Type");
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

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @Test
    void aDatabaseOutageIs503WithRetryAfterNot500AndIsCounted() {
        double before = registry.counter(io.fascia.platform.outage.OutageCounter.METER, "kind", "database").count();
        given().when().get("/probe/database-down")
                .then().log().ifValidationFails()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("type", equalTo("urn:fascia:problem:unavailable"))
                .body("instance", equalTo("/probe/database-down"))
                .body("detail", not(containsString("5432")));
        assertThat(registry.counter(io.fascia.platform.outage.OutageCounter.METER, "kind", "database").count())
                .isEqualTo(before + 1);
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
        // In our words, not the framework's ("did not match the value in @Produces").
        given().accept("application/xml").when().get("/probe/missing")
                .then().log().ifValidationFails()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("detail", containsString("application/json"))
                .body("detail", not(containsString("@")));
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
