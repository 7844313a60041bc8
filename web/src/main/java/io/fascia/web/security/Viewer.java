package io.fascia.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at the page, as templates need it ({@code inject:viewer}): signed in or not,
 * the name to greet, the roles that decide which navigation to show, and the session's form token.
 * It decides nothing: the gateway and the services authorise every API call.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    FormTokens formTokens;

    @Inject
    io.vertx.ext.web.RoutingContext request;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in person's stable id (the token's subject), to tell their own actions from others'. */
    public String subject() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    public String name() {
        if (!signedIn()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            if (name == null || name.isBlank()) {
                name = token.getClaim("preferred_username");
            }
            return name;
        }
        return identity.getPrincipal().getName();
    }

    public boolean client() {
        return signedIn() && identity.hasRole("client");
    }

    public boolean therapist() {
        return signedIn() && identity.hasRole("therapist");
    }

    public boolean admin() {
        return signedIn() && identity.hasRole("admin");
    }

    /** This page's path and query: where "Sign in" comes back to. */
    public String here() {
        String uri = request.request().uri();
        return java.net.URLEncoder.encode(uri == null || uri.startsWith("/signin") ? "/" : uri,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The token every form of this session carries (and htmx sends as a header); empty when anonymous. */
    public String formToken() {
        return signedIn() ? formTokens.tokenFor(identity) : "";
    }
}
