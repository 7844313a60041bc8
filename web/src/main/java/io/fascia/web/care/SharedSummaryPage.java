package io.fascia.web.care;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.search.TaxonomyCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /shared/{token}}: the progress summary a client shared, for their doctor, who has no
 * account. The token is its only authority. The page has the summary and nothing else (its own
 * layout, no navigation, no cookie), is printable, and is never kept by a cache, a proxy or a
 * search engine. An expired or revoked link says so (410).
 */
@Path("/shared")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SharedSummaryPage {

    @Inject
    Api api;

    @Inject
    TaxonomyCache taxonomy;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shared(Models.SharedSummary shared, PainChart chart, Map<String, String> names);

        static native TemplateInstance closed(String heading, String message);
    }

    @GET
    @Path("{token}")
    public Response shared(@PathParam("token") String token) {
        TemplateInstance page;
        int status = 200;
        try {
            Models.SharedSummary shared = api.call(c -> c.sharedSummary(token));
            page = Templates.shared(shared, PainChart.of(shared.summary().pain()), taxonomy.names());
        } catch (ApiProblem problem) {
            if (problem.status() == 410) {
                status = 410;
                page = Templates.closed("This summary is no longer shared", problem.message());
            } else if (problem.status() == 404) {
                status = 404;
                page = Templates.closed("No summary at this link",
                        "Check that the whole link was copied, or ask the person who shared it for a new one.");
            } else {
                throw problem;
            }
        }
        return Response.status(status).entity(page).header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
