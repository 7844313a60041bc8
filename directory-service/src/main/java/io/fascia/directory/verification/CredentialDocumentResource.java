package io.fascia.directory.verification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import io.fascia.directory.credential.Credential;

/** A credential's document: to its owner and to admins, never to anyone else, never cached. */
@Tag(name = "Credential documents", description = "A credential's document, to its owner and to admins only; never cached.")
@Path("/api/v1/directory/credentials/{id}/document")
@RolesAllowed({ "therapist", "admin" })
public class CredentialDocumentResource {

    @Inject
    CredentialService credentials;

    @Inject
    SecurityIdentity caller;

    @Operation(summary = "A credential's document",
            description = "The file as submitted (PDF, PNG or JPEG), shown inline. Anyone but its owner and admins gets 404.")
    @APIResponse(responseCode = "200", description = "The document.", content = { @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary",
            maxLength = 10485760)), @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING,
            format = "binary", maxLength = 10485760)) })
    @GET
    public Response download(@PathParam("id") UUID id) {
        CredentialService.DocumentDownload document = credentials.document(id, caller.getPrincipal().getName(), caller.hasRole("admin"));
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
