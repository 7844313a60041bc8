package io.fascia.platform.security;

import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Says who the caller is, which request their identity belongs to, and whether a scope is theirs. */
@Path("/who")
public class WhoResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String who() {
        RoutingContext request = identity.getAttribute(RoutingContext.class.getName());
        boolean profileScope = identity.checkPermissionBlocking(new StringPermission("profile"));
        return identity.getPrincipal().getName() + " " + new TreeSet<>(identity.getRoles()) + " request="
                + (request == null ? "none" : request.request().getHeader("X-Probe")) + " profile=" + profileScope;
    }
}
