package io.fascia.web.care;

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
 * expires and that they can revoke, and sees how often each link was opened. The doctor's page is
 * {@link SharedSummaryPage}.
 */
@Path("/my/care")
@RolesAllowed("client")
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

    }

    /** The link just made: shown once, since Fascia keeps only its hash. */
    public record NewLink(String url, Models.Share share) {
    }

    @GET
    @Path("plans/{planId}/shares")
    public TemplateInstance shares(@PathParam("planId") UUID planId, @QueryParam("notice") String notice) {
        Models.Plan plan = MyPlans.find(api, planId);
        return page(plan, null, "revoked".equals(notice) ? "The link no longer opens the summary." : null, null,
                DEFAULT_LIFETIME);
    }

    @POST
    @Path("plans/{planId}/shares")
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
    @Path("shares/{id}")
    public TemplateInstance preview(@PathParam("id") UUID id) {
        Models.ShareDetail detail = api.call(c -> c.progressShare(id));
        return Templates.preview(detail, PainChart.of(detail.summary().pain()), taxonomy.names());
    }

    @POST
    @Path("shares/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, @RestForm("_csrf") String csrf) {
        formCheck.require(csrf);
        Models.Share share = api.call(c -> c.revokeProgressShare(id));
        return Response.seeOther(URI.create("/my/care/plans/" + share.planId() + "/shares?notice=revoked")).build();
    }

    private TemplateInstance page(Models.Plan plan, NewLink created, String notice, String error, int chosen) {
        List<Models.Share> shares = api.call(c -> c.progressShares(plan.planId()));
        return Templates.shares(plan, shares, created, notice, error, LIFETIMES, chosen);
    }
}
