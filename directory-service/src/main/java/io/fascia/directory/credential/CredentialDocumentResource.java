package io.fascia.directory.credential;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

/** A credential's document: to its owner and to admins, never to anyone else, never cached. */
@Path("/api/v1/directory/credentials/{id}/document")
@RolesAllowed({ "therapist", "admin" })
public class CredentialDocumentResource {

    @Inject
    CredentialService credentials;

    @Inject
    SecurityIdentity caller;

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
