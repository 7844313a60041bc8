package io.fascia.booking.progress;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import io.fascia.booking.booking.Caller;
import io.fascia.platform.web.Created;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A client makes and lists the links that share a summary of their treatment plan with their
 * doctor. (Its own class: {@code PlanResource}'s path would otherwise win the match for
 * {@code /plans/{id}/...}.)
 */
@Tag(name = "Progress summaries", description = "A client shares a read-only summary of one treatment with their doctor.")
@Path("/api/v1/booking/plans/{planId}/shares")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class PlanShareResource {

    @Inject
    ProgressShares shares;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Share a progress summary",
            description = "Freezes a summary of the plan's treatment as it stands (condition, therapist and verified "
            + "credentials, goals, homecare, sessions attended, pain at each measurement) and makes a link to it that works for "
            + "`expiresInDays` (30 when left out, at most 90) unless revoked. The token is in this answer only; Fascia keeps "
            + "its hash. Only the plan's client may share it.")
    @APIResponseSchema(value = ShareCreated.class, responseCode = "201", responseDescription = "The link and its summary.")
    @APIResponse(responseCode = "404", description = "The caller has no such plan.")
    @APIResponse(responseCode = "409", description = "The plan has the most open links it may have.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ShareCreated> share(@PathParam("planId") UUID planId,
            @RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "A link for two weeks", value = "{\"expiresInDays\": 14}")))
            @Valid ProgressShares.ShareRequest request) {
        ShareCreated created = shares.create(Caller.of(identity), planId,
                request == null ? new ProgressShares.ShareRequest(null) : request);
        return Created.at("/api/v1/booking/shares/" + created.share().shareId(), created);
    }

    @Operation(summary = "A plan's links", description = "Every link the client made for this plan, newest first, with how "
            + "often each was opened.")
    @APIResponse(responseCode = "200", description = "The plan's links, newest first.", content = @Content(
            mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ShareView.class, maxItems = ProgressShares.LISTED)))
    @APIResponse(responseCode = "404", description = "The caller has no such plan.")
    @GET
    public List<ShareView> list(@PathParam("planId") UUID planId) {
        return shares.ofPlan(Caller.of(identity), planId);
    }
}
