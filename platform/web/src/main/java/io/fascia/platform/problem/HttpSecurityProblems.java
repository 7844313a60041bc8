package io.fascia.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Authentication and HTTP permission checks run on the HTTP layer, before any REST resource:
 * a bad token or a path the policy denies never reaches the exception mappers. This answers
 * those failures with the same problem+json as everything else.
 */
@ApplicationScoped
public class HttpSecurityProblems {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            ctx.response().putHeader("WWW-Authenticate", ProblemResponses.BEARER_CHALLENGE);
            RoutingProblems.send(ctx, ProblemResponses.unauthorizedProblem(ctx.request().path()));
        } else if (failure instanceof ForbiddenException) {
            RoutingProblems.send(ctx, ProblemType.ACCESS_DENIED.problem("You are not allowed to do this."));
        } else {
            ctx.next();
        }
    }
}
