package io.fascia.web.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;

/** An anonymous page is rendered once per URL and part while it is fresh; a failed one is never kept. */
@QuarkusTest
class AnonymousPagesTest {

    static final AtomicInteger RENDERS = new AtomicInteger();

    /** A public page that says how many renderings came before it, or fails when asked to. */
    @Path("/test-only/counted")
    public static class CountedPage {

        @Inject
        AnonymousPages pages;

        @Inject
        Engine engine;

        @GET
        @Produces(MediaType.TEXT_HTML)
        public Object page(@QueryParam("q") String q, @QueryParam("fail") boolean fail) {
            return pages.page(q == null ? null : "part", () -> {
                if (fail) {
                    throw new IllegalStateException("the API is down");
                }
                return engine.parse("rendering {n}").data("n", RENDERS.incrementAndGet());
            });
        }
    }

    @Test
    void oneRenderingServesEveryAnonymousVisitorOfTheSameUrl() {
        String first = given().get("/test-only/counted?x=1").then().statusCode(200).extract().asString();
        given().get("/test-only/counted?x=1").then().statusCode(200).body(equalTo(first));
        String other = given().get("/test-only/counted?x=2").then().statusCode(200).extract().asString();
        given().get("/test-only/counted?x=1&q=results").then().statusCode(200).body(not(equalTo(first)));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aPageThatFailedIsRenderedAgainNextTime() {
        given().get("/test-only/counted?x=3&fail=true").then().statusCode(500);
        given().get("/test-only/counted?x=3&fail=true").then().statusCode(500);
        String fresh = given().get("/test-only/counted?x=3").then().statusCode(200).extract().asString();
        assertThat(fresh).startsWith("rendering ");
    }
}
