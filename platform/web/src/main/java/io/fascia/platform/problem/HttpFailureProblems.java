package io.fascia.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.fascia.platform.outage.OutageCounter;
import io.fascia.platform.outage.Outages;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures on the HTTP layer, outside any REST resource, answered with the same problem+json as
 * everything else: a missing or bad token, a path the HTTP policy denies, a request body over the
 * limit, a failing route handler. Without this they would be an empty 401 or an HTML error page.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    @Inject
    OutageCounter outages;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            ctx.response().headers().set("WWW-Authenticate", ProblemResponses.BEARER_CHALLENGE);
            RoutingProblems.send(ctx, ProblemResponses.unauthorizedProblem(ctx.request().path()));
        } else if (failure instanceof ProblemException problem) {
            // A deliberate answer from the HTTP layer, such as the gateway's 429 (its Retry-After is already set).
            RoutingProblems.send(ctx, problem.problem());
        } else if (failure instanceof ForbiddenException) {
            RoutingProblems.send(ctx, ProblemType.ACCESS_DENIED.problem("You are not allowed to do this."));
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            // Rejected by the HTTP layer itself, for example a body over the size limit (413).
            int status = ctx.statusCode();
            RoutingProblems.send(ctx, new Problem(Problem.ABOUT_BLANK, HttpResponseStatus.valueOf(status).reasonPhrase(),
                    status, "The request was rejected: " + HttpResponseStatus.valueOf(status).reasonPhrase() + ".", null, null));
        } else if (failure != null && Outages.isPassing(failure)) {
            // A dependency (Keycloak while validating a token, the database) cannot be reached now.
            LOG.warnf("Unavailable on %s: %s", ctx.request().path(), failure);
            outages.answered(failure);
            ctx.response().headers().set("Retry-After", ProblemExceptionMappers.RETRY_AFTER_SECONDS);
            RoutingProblems.send(ctx, ProblemType.UNAVAILABLE.problem(ProblemExceptionMappers.UNAVAILABLE_DETAIL));
        } else {
            LOG.errorf(failure, "Request to %s failed", ctx.request().path());
            RoutingProblems.send(ctx, ProblemType.INTERNAL_ERROR.problem(
                    "Something went wrong on our side; nothing was changed. Please try again."));
        }
    }
}
