package io.fascia.web.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The city suggestions come on their own, escaped, and the browser keeps them for a day. */
@QuarkusTest
class PlaceSuggestionsTest {

    @Test
    void everyCityIsAnOptionTheBrowserKeepsForADay() {
        given().get("/places").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", containsString("max-age=86400"))
                .body(containsString("<option value=\"Portland, OR\">"))
                .body(containsString("<option value=\"Portland, ME\">"));
    }
}
