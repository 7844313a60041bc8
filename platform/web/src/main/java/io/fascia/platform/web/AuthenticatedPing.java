package io.fascia.platform.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * An authenticated ping that shows which service answered and who it saw: proves that routing,
 * token propagation and token validation work end to end. Each service exposes it under its own
 * path prefix by extending this class with a {@code @Path}.
 */
@Authenticated
public abstract class AuthenticatedPing {

    /** What the service saw of the caller; no health data, only the identity from the token. */
    public record Pong(@Schema(maxLength = 64) String service, @Schema(maxLength = 64) String subject,
            @Schema(maxItems = 20) List<@Size(max = 64) String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the service sees", description = "Which service answered and the caller's subject and roles, "
            + "as the token it received says: proves routing and token validation end to end.")
    public Pong ping() {
        return new Pong(service, identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
