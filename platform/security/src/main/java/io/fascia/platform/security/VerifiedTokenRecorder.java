package io.fascia.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps each identity Quarkus OIDC proved from a bearer token in {@link ReusedTokens}. It runs
 * first among augmentors, so what is kept is what the token itself proved; the others run again on
 * every request, reused or not.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    @Inject
    ReusedTokens reusedTokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        reusedTokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
