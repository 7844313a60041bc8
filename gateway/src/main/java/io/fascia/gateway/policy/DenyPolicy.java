package io.fascia.gateway.policy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** {@code deny-all}: what no rule opens stays shut, for everyone. */
@ApplicationScoped
public class DenyPolicy extends ProblemAnsweringPolicy {

    @Override
    public String name() {
        return "deny-all";
    }

    @Override
    protected boolean permits(SecurityIdentity identity, RoutingContext request) {
        return false;
    }
}
