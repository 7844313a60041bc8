package io.fascia.review.review;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.platform.web.Created;
import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.fascia.review.moderation.Moderation;
import io.quarkus.security.identity.SecurityIdentity;

/** A client's own reviews; a therapist's one reply to a review of theirs. */
@Tag(name = "Reviews", description = "A client's own reviews, and therapists' public replies to reviews of their sessions.")
@Path("/api/v1/review/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final String REPLY_EXAMPLE = """
            {"text": "Thank you! Keep up the doorway stretch between sessions."}""";

    @Inject
    ReviewReads reads;

    @Inject
    Moderation moderation;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "My reviews",
            description = "The signed-in client's reviews with their check-ins and the moderation state of their comments.")
    @GET
    @Path("/mine")
    @RolesAllowed("client")
    public Page<ReviewView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return reads.ofClient(identity.getPrincipal().getName(), paging.page(), paging.size());
    }

    /** Starts PENDING until an admin approves it; a reply that talks about the client's health is flagged. */
    @Operation(summary = "Reply to a review",
            description = "One public reply per review by its therapist; it waits for moderation, and one that talks about the "
            + "client's health is flagged.")
    @APIResponseSchema(value = Moderation.ReplyView.class, responseCode = "201",
            responseDescription = "The reply, waiting for moderation.")
    @APIResponse(responseCode = "409", description = "The review has a reply already.")
    @POST
    @Path("/{id}/reply")
    @RolesAllowed("therapist")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Moderation.ReplyView> reply(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A reply", value = REPLY_EXAMPLE))) @Valid @NotNull ReviewRequest.Text reply) {
        // A reply is read with its review, among the therapist's own.
        Moderation.ReplyView replied = moderation.reply(identity.getPrincipal().getName(), id, reply.text());
        return Created.at("/api/v1/review/therapists/me/reviews", replied);
    }
}
