package io.fascia.review.moderation;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.fascia.review.review.ReviewRequest;
import io.quarkus.security.identity.SecurityIdentity;

/** The admins' moderation queue of comments and replies. */
@Tag(name = "Admin: moderation",
        description = "Comments and replies wait here until an admin approves or rejects them; passages that raised a flag are "
        + "marked.")
@Path("/api/v1/review/admin/moderation")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    static final String REJECT_EXAMPLE = """
            {"text": "The comment names another client."}""";

    @Inject
    Moderation moderation;

    @Inject
    SecurityIdentity identity;

    /** Pending texts oldest first; {@code kind} is comment or reply (default both). */
    @Operation(summary = "Texts waiting for moderation", description = "Oldest first, each with the passages that raised a flag.")
    @GET
    public Page<Moderation.Pending> queue(@QueryParam("kind")
            @Parameter(description = "Only comments or only replies (default both).",
                    schema = @Schema(enumeration = { "comment", "reply" })) String kind, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Moderation.Kind which = params.choice("kind", kind, Moderation.Kind.class, null);
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return moderation.queue(which, paging.page(), paging.size());
    }

    @Operation(summary = "Approve a text", description = "The comment or reply becomes public. Recorded in the audit log.")
    @APIResponse(responseCode = "204", description = "Approved.")
    @APIResponse(responseCode = "409", description = "Decided already.")
    @POST
    @Path("/{kind}/{reviewId}/approve")
    public void approve(@PathParam("kind") @Parameter(description = "What is decided on.",
                    schema = @Schema(enumeration = { "comment", "reply" })) String kind, @PathParam("reviewId") UUID reviewId) {
        moderation.decide(identity.getPrincipal().getName(), kind(kind), reviewId, true, null);
    }

    /** The reason is kept with the decision. */
    @Operation(summary = "Reject a text",
            description = "It stays hidden; the reason is kept with the decision and in the audit log, and shown to its author.")
    @APIResponse(responseCode = "204", description = "Rejected.")
    @APIResponse(responseCode = "409", description = "Decided already.")
    @POST
    @Path("/{kind}/{reviewId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public void reject(@PathParam("kind") @Parameter(description = "What is decided on.",
                    schema = @Schema(enumeration = { "comment", "reply" })) String kind, @PathParam("reviewId") UUID reviewId,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why",
                    value = REJECT_EXAMPLE))) @Valid @NotNull ReviewRequest.Text reason) {
        moderation.decide(identity.getPrincipal().getName(), kind(kind), reviewId, false, reason.text().strip());
    }

    private static Moderation.Kind kind(String kind) {
        QueryParams params = new QueryParams();
        Moderation.Kind parsed = params.choice("kind", kind, Moderation.Kind.class, null);
        params.check();
        return parsed;
    }
}
