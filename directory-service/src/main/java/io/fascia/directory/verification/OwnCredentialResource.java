package io.fascia.directory.verification;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fascia.directory.credential.CredentialRequest;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Created;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own credentials: submit one with its document, see where each stands. */
@Tag(name = "My credentials",
        description = "A therapist's licences, certifications and insurance: submitted with a document, checked by an admin "
        + "against the issuing board.")
@Path("/api/v1/directory/listings/me/credentials")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class OwnCredentialResource {

    @Inject
    CredentialService credentials;

    @Inject
    SecurityIdentity caller;

    @Inject
    Validator validator;

    /**
     * multipart/form-data with a {@code credential} part (JSON, {@link CredentialRequest}) and a
     * {@code document} part (PDF, PNG or JPEG, at most 10 MB).
     */
    @Operation(summary = "Submit a credential",
            description = "multipart/form-data: a `credential` part (JSON) and a `document` part (PDF, PNG or JPEG, at most 10 "
            + "MB). It waits in the admin queue until verified or rejected.")
    @APIResponseSchema(value = CredentialViews.CredentialView.class, responseCode = "201",
            responseDescription = "Submitted; it waits for an admin.")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<CredentialViews.CredentialView> submit(
            @RestForm("credential") @PartType(MediaType.APPLICATION_JSON) CredentialRequest credential,
            @RestForm("document") @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 10_485_760) FileUpload document) {
        if (credential == null) {
            throw ProblemException.invalid("credential", "is required: the credential's details as JSON");
        }
        Set<ConstraintViolation<CredentialRequest>> violations = validator.validate(credential);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        CredentialViews.CredentialView submitted = credentials.submit(caller.getPrincipal().getName(), credential,
                document == null ? null : new CredentialService.Upload(document.fileName(), document.uploadedFile()));
        // No credential of one's own is read alone: the list holds it, with where each stands.
        return Created.at("/api/v1/directory/listings/me/credentials", submitted);
    }

    @Operation(summary = "My credentials",
            description = "The signed-in therapist's credentials, newest first (the newest 100), with where each stands: "
            + "submitted, verified (until when), rejected or revoked (with the reason).")
    @APIResponse(responseCode = "200", description = "The credentials.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CredentialViews.CredentialView.class,
                    maxItems = CredentialViews.LISTED)))
    @GET
    public List<CredentialViews.CredentialView> list() {
        return credentials.ownedBy(caller.getPrincipal().getName());
    }
}
