package io.fascia.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every route of a service against one caller: each route names the status it expects per caller
 * (by column), and {@link #check} reports every mismatch at once. Error answers must be
 * problem+json.
 */
public final class AccessMatrix {

    /** @param expected one status per caller column, in the order the test defines its callers */
    public record Route(String method, String path, Object body, int... expected) {
    }

    private AccessMatrix() {
    }

    /** Calls every route as the current caller (whatever @TestSecurity says) and compares with column {@code caller}. */
    public static void check(List<Route> routes, int caller) {
        check(routes, caller, UnaryOperator.identity());
    }

    /** The same with each request prepared by {@code as}, such as adding the caller's bearer token. */
    public static void check(List<Route> routes, int caller, UnaryOperator<RequestSpecification> as) {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            RequestSpecification request = as.apply(given());
            if (route.body() != null) {
                request = request.contentType(ContentType.JSON).body(route.body());
            }
            Response response = request.request(route.method(), route.path());
            int expected = route.expected()[caller];
            if (response.statusCode() != expected) {
                wrong.add(route.method() + " " + route.path() + ": expected " + expected + ", got " + response.statusCode()
                        + " " + response.asString());
            } else if (expected >= 400) {
                assertThat(response.contentType()).as(route.method() + " " + route.path()).startsWith("application/problem+json");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
