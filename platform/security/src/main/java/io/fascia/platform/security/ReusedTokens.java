package io.fascia.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token that already passed Quarkus OIDC's full verification in this process with
 * the identity it proved, while the token has not expired, so its RSA signature and claims are
 * checked once per token, not once per request. The gateway and every service verify each token
 * themselves; each does that work once.
 *
 * <p>It is an identity provider ahead of Quarkus OIDC's: a token it has not seen is left to OIDC
 * (it answers nothing), and {@link VerifiedTokenRecorder} keeps what OIDC proved. A token OIDC
 * refused is never kept. Tokens are keyed by their whole text, so a token signed by another key is
 * another token; a key that is rotated out stops mattering when the last token it signed expires
 * (Keycloak's access tokens live minutes).
 */
@Startup // its counters exist from the start, at zero
@ApplicationScoped
public class ReusedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity answered from here, so it is not kept (or counted) a second time. */
    static final String REUSED = "io.fascia.security.token-reused";
    /** Attributes that belong to one request: they are never kept beyond it. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final boolean enabled;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final Counter fullChecks;
    private final Counter reuses;

    @Inject
    ReusedTokens(VerifiedTokenConfig config, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.verified = new VerifiedTokens<>(config.maxSize(), Clock.systemUTC());
        this.fullChecks = Counter.builder("fascia.token.verifications").tag("work", "full")
                .description("Bearer tokens verified in full: signature, issuer, audience and lifetime")
                .register(registry);
        this.reuses = Counter.builder("fascia.token.verifications").tag("work", "reused")
                .description("Requests whose bearer token had passed full verification before and had not expired")
                .register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of Quarkus OIDC's provider, which has the default priority (1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem();
        }
        Optional<SecurityIdentity> known = verified.find(token.getToken());
        if (known.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        reuses.increment();
        Map<String, Object> thisRequest = new HashMap<>();
        thisRequest.put(REUSED, Boolean.TRUE);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            thisRequest.put(RoutingContext.class.getName(), routing);
            thisRequest.put(AuthenticationRequestContext.class.getName(), context);
        }
        return Uni.createFrom().item(copy(known.get(), thisRequest));
    }

    /** Keeps the identity a bearer token proved in full, until the token expires. */
    void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(REUSED) != null) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        // A sign-in session's identity (ID token) is the web app's business, not a bearer call's.
        if (token == null || identity.getCredential(IdTokenCredential.class) != null) {
            return;
        }
        fullChecks.increment();
        if (enabled && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.remember(token.getToken(), copy(identity, Map.of()), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
    }

    /**
     * The identity with the attributes of one request replaced. It is built afresh, not wrapped,
     * so a kept identity holds nothing of the request that proved it. The token's scopes are its
     * permissions, as Quarkus OIDC gives them.
     */
    private static SecurityIdentity copy(SecurityIdentity identity, Map<String, Object> requestAttributes) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST.contains(name) && !REUSED.equals(name)) {
                builder.addAttribute(name, value);
            }
        });
        builder.addAttributes(requestAttributes);
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("scope") instanceof String scope
                && !scope.isBlank()) {
            builder.addPermissionsAsString(Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toSet()));
        }
        return builder.build();
    }
}
