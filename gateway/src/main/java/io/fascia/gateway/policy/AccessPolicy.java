package io.fascia.gateway.policy;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.gateway.limits.RateLimits;
import io.fascia.gateway.routing.GatewayConfig;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code access-rules}: the configured table ({@code fascia.gateway.access}) decides; no matching
 * rule means no entry. Anonymous callers are denied with 401, signed-in ones with 403, and callers
 * over their rate limit get 429.
 */
@ApplicationScoped
public class AccessPolicy extends ProblemAnsweringPolicy {

    @Inject
    GatewayConfig config;

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

    private AccessRules rules;

    private RateLimits rateLimits;

    @PostConstruct
    void parse() {
        rules = AccessRules.parse(config.access());
        rateLimits = new RateLimits(config.rateLimit().window());
    }

    @Override
    public String name() {
        return "access-rules";
    }

    /**
     * Permitted callers are then counted against their rate limit: per token subject when signed
     * in, per client address when anonymous, with a stricter limit for writes. Over the limit is a
     * 429 with Retry-After. Every counted answer says where the caller stands ({@code RateLimit}).
     */
    @Override
    protected boolean permits(SecurityIdentity identity, RoutingContext request) {
        Optional<AccessRules.Rule> rule = rules.ruleFor(request.request().method().name(), request.normalizedPath());
        if (rule.isEmpty() || !AccessRules.permits(rule.get().access(), identity.isAnonymous(), identity.getRoles())) {
            return false;
        }
        String method = request.request().method().name();
        boolean write = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        GatewayConfig.RateLimit limits = config.rateLimit();
        String caller = identity.isAnonymous() ? "address:" + address(request) : "subject:" + identity.getPrincipal().getName();
        int limit = identity.isAnonymous() ? (write ? limits.addressWrites() : limits.addressReads())
                : (write ? limits.subjectWrites() : limits.subjectReads());
        // This replica keeps its share; the replicas together keep the limit.
        RateLimits.Decision decision = rateLimits.take(caller + (write ? ":write" : ":read"),
                RateLimits.shareOf(limit, limits.replicas()), System.nanoTime());
        String policy = write ? "writes" : "reads";
        // draft-ietf-httpapi-ratelimit-headers: the quota and window, then what is left (across the
        // replicas, as this one's share shows it) and when it is whole again.
        int remaining = (int) Math.min(limit, (long) decision.remaining() * limits.replicas());
        request.response().putHeader(RATE_LIMIT_POLICY, "\"" + policy + "\";q=" + limit + ";w=" + limits.window().toSeconds());
        request.response().putHeader(RATE_LIMIT, "\"" + policy + "\";r=" + remaining + ";t=" + decision.fullInSeconds());
        if (!decision.allowed()) {
            request.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            throw new ProblemException(ProblemType.RATE_LIMITED, "Too many " + (write ? "changes" : "requests")
                    + " in a short time; please wait " + decision.retryAfterSeconds() + " s and try again.");
        }
        return true;
    }

    /**
     * The caller's address: the connecting one, unless that is a trusted proxy (such as the web app
     * calling on a browser's behalf); then the nearest address its X-Forwarded-For names.
     */
    private String address(RoutingContext request) {
        String connecting = request.request().remoteAddress() == null ? "unknown" : request.request().remoteAddress().hostAddress();
        String forwarded = request.request().getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !config.trustedProxies().contains(connecting)) {
            return connecting;
        }
        String[] hops = forwarded.split(",");
        String nearest = hops[hops.length - 1].strip();
        return nearest.isEmpty() ? connecting : nearest;
    }
}
