package io.fascia.directory.credential;

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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fascia.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own credentials: submit one with its document, see where each stands. */
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
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<CredentialViews.CredentialView> submit(
            @RestForm("credential") @PartType(MediaType.APPLICATION_JSON) CredentialRequest credential,
            @RestForm("document") FileUpload document) {
        if (credential == null) {
            throw ProblemException.invalid("credential", "is required: the credential's details as JSON");
        }
        Set<ConstraintViolation<CredentialRequest>> violations = validator.validate(credential);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return RestResponse.status(Response.Status.CREATED,
                credentials.submit(caller.getPrincipal().getName(), credential,
                        document == null ? null : new CredentialService.Upload(document.fileName(), document.uploadedFile())));
    }

    @GET
    public List<CredentialViews.CredentialView> list() {
        return credentials.ownedBy(caller.getPrincipal().getName());
    }
}
