package io.fascia.web.admin;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Admins find a listing by name, id or owner, see where it stands (badges, what keeps it out of
 * search, its audit trail) and suspend or reinstate it with a reason. They never edit its content.
 */
@Path("/admin/listings")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ListingStandingPages {

    static final int PAGE_SIZE = 25;

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance listings(String q, boolean suspended, Models.Paged<Models.ManagedListing> found,
                int number, boolean more);

        static native TemplateInstance listing(Models.ManagedListing listing, List<Models.AuditEntry> history,
                String reason, String error, String notice);
    }

    @GET
    public TemplateInstance find(@QueryParam("q") String q, @QueryParam("suspended") String suspended,
            @QueryParam("page") Integer page) {
        String text = FormValues.typed(q);
        boolean onlySuspended = "true".equals(suspended);
        int number = page == null || page < 0 ? 0 : page;
        Models.Paged<Models.ManagedListing> found = text.isEmpty() && !onlySuspended ? null
                : api.call(c -> c.findListings(text.isEmpty() ? null : text, onlySuspended ? "true" : null, number, PAGE_SIZE));
        return Templates.listings(text, onlySuspended, found, number,
                found != null && found.hasMore());
    }

    @GET
    @Path("{id}")
    public TemplateInstance listing(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "suspended".equals(done) ? "Suspended: the listing is out of search and cannot be booked."
                : "reinstated".equals(done) ? "Reinstated: the listing is back wherever its owner's settings put it." : null;
        return render(id, "", null, notice);
    }

    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String reason) {
        return change(id, csrf, reason, true);
    }

    @POST
    @Path("{id}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("id") UUID id, @RestForm(FormTokens.FIELD) String csrf, @RestForm String reason) {
        return change(id, csrf, reason, false);
    }

    private Response change(UUID id, String csrf, String reason, boolean suspend) {
        formCheck.require(csrf);
        String typed = FormValues.typed(reason);
        if (typed.isEmpty()) {
            return Response.status(400).entity(render(id, typed, "is required: it is kept in the audit log"
                    + (suspend ? " and shown to the therapist" : ""), null)).build();
        }
        try {
            Models.ReasonRequest request = new Models.ReasonRequest(typed);
            api.call(c -> suspend ? c.suspendListing(id, request) : c.reinstateListing(id, request));
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(render(id, typed, problem.fieldErrors().getOrDefault("reason", problem.message()), null)).build();
        }
        return Response.seeOther(URI.create("/admin/listings/" + id + "?done=" + (suspend ? "suspended" : "reinstated")))
                .build();
    }

    private TemplateInstance render(UUID id, String reason, String error, String notice) {
        Models.ManagedListing listing = api.call(c -> c.adminListing(id));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>(Map.of("targetId", id.toString(), "size", "20"));
        List<Models.AuditEntry> history = api.call(c -> c.directoryAudit(query)).items();
        return Templates.listing(listing, history, reason, error, notice);
    }
}
