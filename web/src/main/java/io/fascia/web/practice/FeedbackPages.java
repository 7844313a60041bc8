package io.fascia.web.practice;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The therapist's own evidence: outcomes per condition as clients and search see them, and the
 * reviews with one reply each. Replies are moderated like comments and must not identify the
 * client or talk about their health; the form says so before anything is sent.
 */
@Path("/practice/outcomes")
@RolesAllowed("therapist")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPages {

    static final int PAGE_SIZE = 10;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    TaxonomyCache taxonomy;

    /** A reply just sent or refused, shown on its review. */
    public record ReplyState(UUID reviewId, String text, String status, List<String> flags, String error) {
    }

    @CheckedTemplate(basePath = "PracticePages")
    static class Templates {
        static native TemplateInstance outcomes(Models.Outcomes outcomes, Models.Paged<Models.PublicReview> reviews,
                int page, boolean more, Map<String, String> names, ReplyState reply);
    }

    @GET
    public TemplateInstance page(@QueryParam("page") Integer page, @QueryParam("replied") UUID replied) {
        ReplyState state = replied == null ? null : new ReplyState(replied, null, "PENDING", List.of(), null);
        return render(page == null || page < 0 ? 0 : page, state);
    }

    private TemplateInstance render(int page, ReplyState reply) {
        UUID listing = api.call(c -> c.ownListing()).id();
        Models.Outcomes outcomes = api.call(c -> c.outcomes(listing));
        Models.Paged<Models.PublicReview> reviews;
        try {
            reviews = api.call(c -> c.reviewsOfMine(page, PAGE_SIZE));
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            reviews = new Models.Paged<>(List.of(), page, PAGE_SIZE, 0, false);
        }
        return Templates.outcomes(outcomes, reviews, page, reviews.hasMore(),
                taxonomy.names(), reply);
    }

    @POST
    @Path("reviews/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String text,
            @RestForm Integer page) {
        formCheck.require(csrf);
        String typed = text == null ? "" : text.strip();
        int shown = page == null || page < 0 ? 0 : page;
        try {
            api.call(c -> c.reply(id, new Models.ReplyRequest(typed)));
            return Response.seeOther(URI.create("/practice/outcomes?page=" + shown + "&replied=" + id + "#review-" + id))
                    .build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            String error = problem.fieldErrors().getOrDefault("text", problem.message());
            return Response.status(problem.status())
                    .entity(render(shown, new ReplyState(id, typed, null, List.of(), error))).build();
        }
    }
}
