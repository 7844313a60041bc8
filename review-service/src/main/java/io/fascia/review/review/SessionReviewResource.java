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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.platform.web.Created;
import io.quarkus.security.identity.SecurityIdentity;

/** A client's completed sessions waiting for a review, and writing that review. */
@Tag(name = "Session reviews",
        description = "After a completed session, its client reports pain before and after, how they changed, and whether they "
        + "would recommend the therapist.")
@Path("/api/v1/review/sessions")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class SessionReviewResource {

    static final String REVIEW_EXAMPLE = """
            {"painAfter": 3, "sorenessDays": 2, "pgic": 6, "assessedBeforeTreatment": true, "planDiscussed": true,
             "homecareAssigned": true, "wouldRecommend": true, "comment": "Found the cause in my chest, not just my back."}""";

    @Inject
    ReviewService reviews;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Sessions I can review",
            description = "Completed sessions of the signed-in client not yet reviewed, within 30 days of completion, latest "
            + "first "
            + "(the latest 100).")
    @APIResponse(responseCode = "200", description = "The sessions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewService.Reviewable.class,
                    maxItems = ReviewService.LISTED)))
    @GET
    @Path("/reviewable")
    public List<ReviewService.Reviewable> reviewable() {
        return reviews.reviewable(identity.getPrincipal().getName());
    }

    /** Only the session's client, once, within 30 days of completion; someone else's session is 404. */
    @Operation(summary = "Review a session",
            description = "Only the session's client, once, within 30 days of completion; someone else's session is 404. The "
            + "comment waits for moderation.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "201",
            responseDescription = "Recorded; the comment waits for moderation.")
    @APIResponse(responseCode = "409", description = "Reviewed already, or the session is not completed or too long ago.")
    @POST
    @Path("/{bookingId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ReviewView> review(@PathParam("bookingId") UUID bookingId, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Relief after a first session", value = REVIEW_EXAMPLE))) @Valid @NotNull ReviewRequest request) {
        // A review is read among the client's own.
        return Created.at("/api/v1/review/reviews/mine", reviews.review(identity.getPrincipal().getName(), bookingId, request));
    }
}
