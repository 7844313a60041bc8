package io.fascia.gateway.policy;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Base of the gateway's path policies. Quarkus's built-in policies answer an anonymous caller
 * they deny with an empty 401 challenge; failing with an exception instead lets the failure
 * handler answer with the same problem+json as every other error (401 without a valid token,
 * 403 with one).
 */
abstract class ProblemAnsweringPolicy implements HttpSecurityPolicy {

    /** Whether this identity may go on; called for anonymous identities too. */
    protected abstract boolean permits(SecurityIdentity identity, RoutingContext request);

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.onItem().transformToUni(caller -> {
            if (permits(caller, request)) {
                return Uni.createFrom().item(CheckResult.PERMIT);
            }
            return Uni.createFrom().failure(caller.isAnonymous() ? new UnauthorizedException() : new ForbiddenException());
        });
    }
}
