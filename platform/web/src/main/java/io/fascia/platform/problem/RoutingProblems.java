package io.fascia.platform.problem;

import io.fascia.platform.web.RequestIds;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Answers a problem+json on the HTTP layer, for handlers that run outside the REST resources. */
public final class RoutingProblems {

    private RoutingProblems() {
    }

    public static void send(RoutingContext ctx, Problem problem) {
        Problem withPath = problem.instance() == null ? problem.withInstance(ctx.request().path()) : problem;
        if (!ctx.response().headers().contains(RequestIds.HEADER)) {
            // Answered before the REST filters that echo it: the caller's id (or the gateway's), else a fresh one.
            ctx.response().putHeader(RequestIds.HEADER, RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER)));
        }
        ctx.response().setStatusCode(withPath.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(withPath));
    }
}
