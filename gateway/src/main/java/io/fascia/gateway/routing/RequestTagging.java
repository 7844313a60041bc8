package io.fascia.gateway.routing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.fascia.platform.web.RequestIds;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an {@code X-Request-Id} before anything else runs (authentication, the
 * access table, rate limits, the proxy): the caller's if it is sane, a fresh one otherwise. It
 * goes to the service, comes back on every response (errors included) and is in the access log.
 */
@ApplicationScoped
public class RequestTagging {

    private static final String KEY = "fascia.request-id";

    void register(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
            ctx.put(KEY, id);
            ctx.request().headers().set(RequestIds.HEADER, id);
            // Set once more just before the headers go out, so an answer carries exactly one id even
            // when a REST resource's filter (platform/web RequestIds) added it too.
            ctx.response().putHeader(RequestIds.HEADER, id);
            ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(RequestIds.HEADER, id));
            ctx.next();
        });
    }

    public static String id(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id != null ? id : RequestIds.accept(null);
    }
}
