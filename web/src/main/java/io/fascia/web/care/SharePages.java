package io.fascia.web.care;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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

import io.fascia.web.WebConfig;
import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A client shares a read-only summary of one treatment with their doctor through a link that
 * expires and that they can revoke, and sees how often each link was opened. The doctor opens
 * {@code /shared/{token}} without an account: a page with that summary and nothing else, not
 * indexed, not cached, printable.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SharePages {

    /** The lifetimes the form offers, in days; booking-service allows 1 to 90. */
    static final List<Integer> LIFETIMES = List.of(7, 14, 30, 90);
    static final int DEFAULT_LIFETIME = 30;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    WebConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shares(Models.Plan plan, List<Models.Share> shares, NewLink created, String notice,
                String error, List<Integer> lifetimes, int chosen);

        static native TemplateInstance preview(Models.ShareDetail detail, PainChart chart, Map<String, String> names);

        static native TemplateInstance shared(Models.SharedSummary shared, PainChart chart, Map<String, String> names);

        static native TemplateInstance closed(String heading, String message);
    }

    /** The link just made: shown once, since Fascia keeps only its hash. */
    public record NewLink(String url, Models.Share share) {
    }

    @GET
    @Path("my/care/plans/{planId}/shares")
    @RolesAllowed("client")
    public TemplateInstance shares(@PathParam("planId") UUID planId, @QueryParam("notice") String notice) {
        Models.Plan plan = MyPlans.find(api, planId);
        return page(plan, null, "revoked".equals(notice) ? "The link no longer opens the summary." : null, null,
                DEFAULT_LIFETIME);
    }

    @POST
    @Path("my/care/plans/{planId}/shares")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("planId") UUID planId, @RestForm("_csrf") String csrf,
            @RestForm String expiresInDays) {
        formCheck.require(csrf);
        Models.Plan plan = MyPlans.find(api, planId);
        Integer days = LIFETIMES.stream().filter(d -> d.toString().equals(expiresInDays)).findFirst().orElse(null);
        if (days == null) {
            return Response.status(422).entity(page(plan, null, null, "Choose how long the link should work.",
                    DEFAULT_LIFETIME)).build();
        }
        try {
            Models.ShareCreated created = api.call(c -> c.shareProgress(planId, new Models.ShareRequest(days)));
            // Shown on this answer, not after a redirect: the token exists nowhere else.
            return Response.status(201).entity(page(plan, new NewLink(config.origin() + "/shared/" + created.token(),
                    created.share()), null, null, days)).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status() == 409 ? 409 : 422)
                    .entity(page(plan, null, null, problem.message(), days)).build();
        }
    }

    @GET
    @Path("my/care/shares/{id}")
    @RolesAllowed("client")
    public TemplateInstance preview(@PathParam("id") UUID id) {
        Models.ShareDetail detail = api.call(c -> c.progressShare(id));
        return Templates.preview(detail, PainChart.of(detail.summary().pain()), taxonomy.names());
    }

    @POST
    @Path("my/care/shares/{id}/revoke")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, @RestForm("_csrf") String csrf) {
        formCheck.require(csrf);
        Models.Share share = api.call(c -> c.revokeProgressShare(id));
        return Response.seeOther(URI.create("/my/care/plans/" + share.planId() + "/shares?notice=revoked")).build();
    }

    /** The doctor's page. Its token is its only authority; it is never kept by a cache, a proxy or a search engine. */
    @GET
    @Path("shared/{token}")
    @PermitAll
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

    private TemplateInstance page(Models.Plan plan, NewLink created, String notice, String error, int chosen) {
        List<Models.Share> shares = api.call(c -> c.progressShares(plan.planId()));
        return Templates.shares(plan, shares, created, notice, error, LIFETIMES, chosen);
    }
}
