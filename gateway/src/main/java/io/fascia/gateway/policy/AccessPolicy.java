package io.fascia.gateway.policy;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.gateway.routing.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code access-rules}: the configured table ({@code fascia.gateway.access}) decides; no matching
 * rule means no entry. Anonymous callers are denied with 401, signed-in ones with 403.
 */
@ApplicationScoped
public class AccessPolicy extends ProblemAnsweringPolicy {

    @Inject
    GatewayConfig config;

    private AccessRules rules;

    @PostConstruct
    void parse() {
        rules = AccessRules.parse(config.access());
    }

    @Override
    public String name() {
        return "access-rules";
    }

    @Override
    protected boolean permits(SecurityIdentity identity, RoutingContext request) {
        Optional<AccessRules.Rule> rule = rules.ruleFor(request.request().method().name(), request.normalizedPath());
        return rule.isPresent() && AccessRules.permits(rule.get().access(), identity.isAnonymous(), identity.getRoles());
    }
}
