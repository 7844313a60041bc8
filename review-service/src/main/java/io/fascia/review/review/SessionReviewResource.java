package io.fascia.review.review;

import java.util.List;
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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

/** A client's completed sessions waiting for a review, and writing that review. */
@Path("/api/v1/review/sessions")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class SessionReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/reviewable")
    public List<ReviewService.Reviewable> reviewable() {
        return reviews.reviewable(identity.getPrincipal().getName());
    }

    /** Only the session's client, once, within 30 days of completion; someone else's session is 404. */
    @POST
    @Path("/{bookingId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ReviewView> review(@PathParam("bookingId") UUID bookingId, @Valid @NotNull ReviewRequest request) {
        return RestResponse.status(Response.Status.CREATED,
                reviews.review(identity.getPrincipal().getName(), bookingId, request));
    }
}
