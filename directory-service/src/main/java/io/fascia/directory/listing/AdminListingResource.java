package io.fascia.directory.listing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;

/** Admins see any listing and suspend or reinstate it with a reason; they never edit its content. */
@Path("/api/v1/directory/admin/listings")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminListingResource {

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity caller;

    /**
     * Finds listings by part of their name, or by their id or owner's subject, in any state; by
     * name A to Z. {@code suspended=true} lists only suspended ones.
     */
    @GET
    public Page<ListingViews.ManagedListingView> find(@QueryParam("q") String q, @QueryParam("suspended") String suspended,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        String text = params.text("q", q, 200);
        boolean onlySuspended = params.choice("suspended", suspended, YesNo.class, YesNo.FALSE) == YesNo.TRUE;
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return listings.find(text, onlySuspended, paging.page(), paging.size());
    }

    enum YesNo {
        TRUE, FALSE
    }

    @GET
    @Path("/{id}")
    public ListingViews.ManagedListingView get(@PathParam("id") UUID id) {
        return listings.adminView(id);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView suspend(@PathParam("id") UUID id,
            @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.suspend(caller.getPrincipal().getName(), id, request.reason());
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView reinstate(@PathParam("id") UUID id,
            @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.reinstate(caller.getPrincipal().getName(), id, request.reason());
    }
}
