package io.fascia.web.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.fascia.web.WebConfig;
import io.fascia.web.error.ErrorPages;

/**
 * The second CSRF layer: a request that changes something must come from our own pages. Browsers
 * say where a request comes from in {@code Sec-Fetch-Site} and {@code Origin}; anything but our
 * origin is refused with 403 before a resource runs. (Requests without either header, as from
 * scripts, still need the session's form token: {@link FormTokens}.)
 */
public class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    WebConfig config;

    @Inject
    ErrorPages errorPages;

    @ServerRequestFilter(preMatching = true)
    public Response refuseCrossSite(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return errorPages.forbidden("This form was sent from another site, so we did not act on it.");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.equals(config.origin())) {
            return errorPages.forbidden("This form was sent from another site, so we did not act on it.");
        }
        return null;
    }
}
