package io.fascia.directory.practice;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.directory.listing.ListingRequests;
import io.fascia.platform.web.Created;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own listing: {@code /api/v1/directory/listings/me}. Nobody else can write it. */
@Tag(name = "My listing",
        description = "A therapist's own listing: profile, offerings, and whether it is published. Nobody else can write it.")
@Path("/api/v1/directory/listings/me")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class OwnListingResource {

    static final String PROFILE_EXAMPLE = """
            {"displayName": "Maya Okafor, LMT", "bio": "Medical massage for desk workers: assessment first, then myofascial release.",
             "practiceSetting": "INDEPENDENT", "address": {"city": "Portland", "region": "OR", "country": "US"},
             "location": {"latitude": 45.5301, "longitude": -122.6612}, "serviceRadiusKm": 10, "timeZone": "America/Los_Angeles",
             "languages": ["en"], "acceptsReferrals": true, "cancellationWindowHours": 24,
             "techniques": [{"code": "myofascial-release"}, {"code": "trigger-point"}], "conditions": ["upper-back-pain"]}""";

    static final String OFFERING_EXAMPLE = """
            {"kind": "FOLLOW_UP", "title": "Medical massage, 60 minutes", "minutes": 60, "price": 120.00, "currency": "USD",
             "sessionType": "MEDICAL"}""";

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity caller;

    @Operation(summary = "My listing",
            description = "The signed-in therapist's listing with its offerings, credentials, standing and what is still "
            + "missing before it can be published.")
    @GET
    public ListingViews.ManagedListingView get() {
        return listings.ownView(subject());
    }

    /** Creates the listing as a draft the first time, replaces its profile after that. */
    @Operation(summary = "Save my profile",
            description = "Replaces the profile: name, training, techniques, conditions treated, languages and practice "
            + "location.")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView saveProfile(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A practice in Portland", value = PROFILE_EXAMPLE))) @Valid @NotNull ListingRequests.ProfileRequest request) {
        return listings.saveProfile(subject(), request);
    }

    @Operation(summary = "Add an offering",
            description = "A kind of session with its length, price and session type (medical or relaxation).")
    @APIResponseSchema(value = ListingViews.OfferingView.class, responseCode = "201",
            responseDescription = "The offering, added to the listing.")
    @POST
    @Path("/offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ListingViews.OfferingView> addOffering(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A medical session", value = OFFERING_EXAMPLE))) @Valid @NotNull ListingRequests.OfferingRequest request) {
        ListingViews.OfferingView added = listings.addOffering(subject(), request);
        return Created.at("/api/v1/directory/listings/me/offerings/" + added.id(), added);
    }

    @Operation(summary = "Change an offering",
            description = "Replaces the offering's details; sessions already booked keep the terms they were booked with.")
    @PUT
    @Path("/offerings/{offeringId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.OfferingView updateOffering(@PathParam("offeringId") UUID offeringId,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A medical session",
                    value = OFFERING_EXAMPLE))) @Valid @NotNull ListingRequests.OfferingRequest request) {
        return listings.updateOffering(subject(), offeringId, request);
    }

    @Operation(summary = "Remove an offering", description = "It is no longer bookable; sessions already booked keep it.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @DELETE
    @Path("/offerings/{offeringId}")
    public RestResponse<Void> removeOffering(@PathParam("offeringId") UUID offeringId) {
        listings.removeOffering(subject(), offeringId);
        return RestResponse.noContent();
    }

    @Operation(summary = "Publish my listing",
            description = "Puts the listing in search once it is complete and holds a verified licence; otherwise 409 says what "
            + "is missing.")
    @POST
    @Path("/publish")
    public ListingViews.ManagedListingView publish() {
        return listings.publish(subject());
    }

    @Operation(summary = "Take my listing out of search", description = "Booked sessions stay booked; no new bookings are taken.")
    @POST
    @Path("/unpublish")
    public ListingViews.ManagedListingView unpublish() {
        return listings.unpublish(subject());
    }

    private String subject() {
        return caller.getPrincipal().getName();
    }
}
