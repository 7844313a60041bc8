package io.fascia.gateway.me;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** {@code GET /api/v1/me}: who the gateway sees in the caller's token. */
@Path("/api/v1/me")
@Authenticated
public class MeResource {

    /**
     * @param subject  the stable user id ({@code sub}); services key ownership on it
     * @param username the name the user signs in with
     * @param roles    realm roles: client, therapist, admin
     */
    public record Me(String subject, String username, List<String> roles) {
    }

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        String username = token.getClaim("preferred_username");
        return new Me(token.getSubject(), username != null ? username : identity.getPrincipal().getName(),
                identity.getRoles().stream().sorted().toList());
    }
}
