package io.fascia.directory.verification;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.platform.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;

/** The verification queue: admins check credentials against the issuing board. */
@Tag(name = "Admin: credentials",
        description = "The verification queue: admins check each credential against the issuing board and verify, reject or "
        + "revoke it with a reason.")
@Path("/api/v1/directory/admin/credentials")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCredentialResource {

    static final String VERIFY_EXAMPLE = """
            {"note": "Looked up on the Oregon Board of Massage Therapists register", "expiresOn": "2027-06-30"}""";

    static final String REJECT_EXAMPLE = """
            {"reason": "The licence number is not on the board's register; please upload the current licence."}""";

    static final String REVOKE_EXAMPLE = """
            {"reason": "The board lists this licence as suspended since 1 March."}""";

    /**
     * An optional note for the audit log, such as where the licence was looked up, and the expiry
     * date as the admin read it on the document; when it differs from the submitted one, it replaces
     * it and the log says so.
     */
    public record VerifyRequest(@Size(max = 1000) String note, LocalDate expiresOn) {
    }

    @Inject
    CredentialService credentials;

    @Inject
    SecurityIdentity caller;

    /** Oldest first; by default what is waiting for a decision. A state or type it does not know is a 400. */
    @Operation(summary = "The verification queue",
            description = "Oldest first; by default what waits for a decision. Counts per state come with each page.")
    @GET
    public CredentialViews.QueuePage queue(@QueryParam("state")
            @Parameter(description = "Which credentials: by default those waiting for a decision.",
                    schema = @Schema(implementation = Credential.State.class, defaultValue = "SUBMITTED")) String state,
            @QueryParam("type") @Parameter(description = "Only credentials of this type.",
                    schema = @Schema(implementation = Credential.Type.class)) String type,
            @QueryParam("page") @Parameter(description = "Which page, from 0.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "" + QueryParams.MAX_PAGE, defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(description = "How many credentials a page holds.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + CredentialViews.QUEUE_MAX_SIZE,
                            defaultValue = "50")) String size) {
        QueryParams params = new QueryParams();
        Credential.State inState = params.choice("state", state, Credential.State.class, Credential.State.SUBMITTED);
        Credential.Type ofType = params.choice("type", type, Credential.Type.class, null);
        int pageNumber = params.integer("page", page, 0, 0, QueryParams.MAX_PAGE);
        int pageSize = params.integer("size", size, 50, 1, CredentialViews.QUEUE_MAX_SIZE);
        params.check();
        return credentials.queue(inState, ofType, pageNumber, pageSize);
    }

    /** The credential with its listing and the listing's other credentials. */
    @Operation(summary = "One credential to decide on",
            description = "The credential with its listing and the listing's other credentials.")
    @GET
    @Path("/{id}")
    public CredentialViews.CredentialReview review(@PathParam("id") UUID id) {
        return credentials.review(id);
    }

    @Operation(summary = "Verify a credential",
            description = "An optional note for the audit log, and the expiry date as read on the document when it differs from "
            + "the submitted one.")
    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView verify(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Checked with the board", value = VERIFY_EXAMPLE))) @Valid VerifyRequest request) {
        return credentials.verify(admin(), id, request == null ? null : request.note(),
                request == null ? null : request.expiresOn());
    }

    @Operation(summary = "Reject a credential", description = "The reason is told to the therapist and kept in the audit log.")
    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView reject(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why",
                    value = REJECT_EXAMPLE))) @Valid @NotNull ListingRequests.ReasonRequest request) {
        return credentials.reject(admin(), id, request.reason());
    }

    @Operation(summary = "Revoke a verified credential",
            description = "Badges it gave end at once; the reason is told to the therapist and kept in the audit log.")
    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CredentialViews.CredentialView revoke(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why",
                    value = REVOKE_EXAMPLE))) @Valid @NotNull ListingRequests.ReasonRequest request) {
        return credentials.revoke(admin(), id, request.reason());
    }

    private String admin() {
        return caller.getPrincipal().getName();
    }
}
