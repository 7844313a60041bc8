package io.fascia.booking.progress;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.booking.booking.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** A client looks at one of their links, with the summary it opens, and revokes it. */
@Tag(name = "Progress summaries")
@Path("/api/v1/booking/shares/{shareId}")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

    @Inject
    ProgressShares shares;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "A link and its summary", description = "For the client who made it; to anyone else it does not exist.")
    @APIResponseSchema(value = ProgressShares.ShareDetail.class, responseCode = "200", responseDescription = "The link and "
            + "its summary.")
    @APIResponse(responseCode = "404", description = "The caller made no such link.")
    @GET
    public ProgressShares.ShareDetail find(@PathParam("shareId") UUID shareId) {
        return shares.find(Caller.of(identity), shareId);
    }

    @Operation(summary = "Revoke a link", description = "The link stops working at once and for good; anyone opening it is "
            + "told it was withdrawn. Revoking a closed link changes nothing.")
    @APIResponseSchema(value = ShareView.class, responseCode = "200", responseDescription = "The link, revoked.")
    @APIResponse(responseCode = "404", description = "The caller made no such link.")
    @POST
    @Path("/revoke")
    public ShareView revoke(@PathParam("shareId") UUID shareId) {
        return shares.revoke(Caller.of(identity), shareId);
    }
}
