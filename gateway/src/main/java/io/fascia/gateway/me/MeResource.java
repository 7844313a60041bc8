package io.fascia.gateway.me;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** {@code GET /api/v1/me}: who the gateway sees in the caller's token. */
@Tag(name = "Me", description = "Who the gateway sees in the caller's token.")
@Path("/api/v1/me")
@Authenticated
public class MeResource {

    /**
     * @param subject  the stable user id ({@code sub}); services key ownership on it
     * @param username the name the user signs in with
     * @param roles    realm roles: client, therapist, admin
     */
    public record Me(@Schema(maxLength = 64) String subject, @Schema(maxLength = 255) String username,
            @Schema(maxItems = 20) List<@Size(max = 64) String> roles) {
    }

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Who am I",
            description = "The caller's subject (the id every service keys ownership on), user name and realm roles, as the "
            + "token says.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        String username = token.getClaim("preferred_username");
        return new Me(token.getSubject(), username != null ? username : identity.getPrincipal().getName(),
                identity.getRoles().stream().sorted().toList());
    }
}
