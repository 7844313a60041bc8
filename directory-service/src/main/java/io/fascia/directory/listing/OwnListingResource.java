package io.fascia.directory.listing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own listing: {@code /api/v1/directory/listings/me}. Nobody else can write it. */
@Path("/api/v1/directory/listings/me")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class OwnListingResource {

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity caller;

    @GET
    public ListingViews.ManagedListingView get() {
        return listings.ownView(subject());
    }

    /** Creates the listing as a draft the first time, replaces its profile after that. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView saveProfile(@Valid @NotNull ListingRequests.ProfileRequest request) {
        return listings.saveProfile(subject(), request);
    }

    @POST
    @Path("/offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ListingViews.OfferingView> addOffering(@Valid @NotNull ListingRequests.OfferingRequest request) {
        return RestResponse.status(Response.Status.CREATED, listings.addOffering(subject(), request));
    }

    @PUT
    @Path("/offerings/{offeringId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.OfferingView updateOffering(@PathParam("offeringId") UUID offeringId,
            @Valid @NotNull ListingRequests.OfferingRequest request) {
        return listings.updateOffering(subject(), offeringId, request);
    }

    @DELETE
    @Path("/offerings/{offeringId}")
    public RestResponse<Void> removeOffering(@PathParam("offeringId") UUID offeringId) {
        listings.removeOffering(subject(), offeringId);
        return RestResponse.noContent();
    }

    @POST
    @Path("/publish")
    public ListingViews.ManagedListingView publish() {
        return listings.publish(subject());
    }

    @POST
    @Path("/unpublish")
    public ListingViews.ManagedListingView unpublish() {
        return listings.unpublish(subject());
    }

    private String subject() {
        return caller.getPrincipal().getName();
    }
}
