package io.fascia.web.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        return Response.seeOther(URI.create(realm + "/protocol/openid-connect/registrations?client_id="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8))).build();
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
