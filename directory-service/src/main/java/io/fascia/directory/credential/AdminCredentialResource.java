package io.fascia.directory.credential;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.directory.listing.ListingRequests;
import io.quarkus.security.identity.SecurityIdentity;

/** The verification queue: admins check credentials against the issuing board. */
@Path("/api/v1/directory/admin/credentials")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCredentialResource {

    /** An optional note for the audit log, such as where the licence was looked up. */
    public record VerifyRequest(@Size(max = 1000) String note) {
    }

    @Inject
    CredentialService credentials;

    @Inject
    SecurityIdentity caller;

    /** Oldest first; by default what is waiting for a decision. */
    @GET
    public CredentialViews.QueuePage queue(@QueryParam("state") @DefaultValue("SUBMITTED") Credential.State state,
            @QueryParam("type") Credential.Type type,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return credentials.queue(state, type, page, size);
    }

    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView verify(@PathParam("id") UUID id, @Valid VerifyRequest request) {
        return credentials.verify(admin(), id, request == null ? null : request.note());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView reject(@PathParam("id") UUID id, @Valid @NotNull ListingRequests.ReasonRequest request) {
        return credentials.reject(admin(), id, request.reason());
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView revoke(@PathParam("id") UUID id, @Valid @NotNull ListingRequests.ReasonRequest request) {
        return credentials.revoke(admin(), id, request.reason());
    }

    private String admin() {
        return caller.getPrincipal().getName();
    }
}
