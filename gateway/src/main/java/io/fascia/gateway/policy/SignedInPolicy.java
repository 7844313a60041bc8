package io.fascia.gateway.policy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** {@code signed-in}: any caller with a valid token from the realm. */
@ApplicationScoped
public class SignedInPolicy extends ProblemAnsweringPolicy {

    @Override
    public String name() {
        return "signed-in";
    }

    @Override
    protected boolean permits(SecurityIdentity identity, RoutingContext request) {
        return !identity.isAnonymous();
    }
}
