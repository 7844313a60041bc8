package io.fascia.web.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.fascia.web.WebConfig;
import io.quarkus.security.Authenticated;

/**
 * Sign-in and account creation. {@code /signin} needs a session, so visiting it without one runs
 * the authorization code flow at Keycloak; once back, it goes on to where the visitor was. Sign-out
 * is Quarkus OIDC's RP-initiated logout at {@code /signout}.
 */
@Path("/")
public class SignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebConfig config;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @GET
    @Path("signin")
    @Authenticated
    public Response signIn(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    /**
     * Keycloak's registration page. Keycloak signs the new user in there; coming back to
     * {@code /signin} then completes our own sign-in without asking for the password again.
     */
    @GET
    @Path("signup")
    public Response signUp() {
        String back = config.origin() + "/signup/done";
        // The client requires PKCE; this code is never exchanged, so its verifier is not kept.
        byte[] verifier = new byte[32];
        RANDOM.nextBytes(verifier);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getUrlEncoder().withoutPadding().encodeToString(verifier).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        return Response.seeOther(URI.create(realm + "/protocol/openid-connect/registrations?client_id="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=" + java.util.UUID.randomUUID())).build();
    }

    /** Where Keycloak's registration returns; its one-time code is not used, the usual sign-in follows. */
    @GET
    @Path("signup/done")
    public Response signedUp() {
        return Response.seeOther(URI.create("/signin")).build();
    }

    /** Only a path on this site: never an open redirect to somewhere else. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
