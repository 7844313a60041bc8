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
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;

/** Admins see any listing and suspend or reinstate it with a reason; they never edit its content. */
@Path("/api/v1/directory/admin/listings/{id}")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminListingResource {

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity caller;

    @GET
    public ListingViews.ManagedListingView get(@PathParam("id") UUID id) {
        return listings.adminView(id);
    }

    @POST
    @Path("/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView suspend(@PathParam("id") UUID id,
            @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.suspend(caller.getPrincipal().getName(), id, request.reason());
    }

    @POST
    @Path("/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView reinstate(@PathParam("id") UUID id,
            @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.reinstate(caller.getPrincipal().getName(), id, request.reason());
    }
}
