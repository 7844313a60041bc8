package io.fascia.gateway.routing;

import java.net.ConnectException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.RoutingProblems;
import io.fascia.platform.web.RequestIds;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards {@code /api/v1/<prefix>/...} to the service that owns the prefix, streaming bodies both
 * ways. It is a route on Quarkus's own HTTP layer, so the token check and the path policy
 * (application.properties) have already run when a request gets here. The Authorization header
 * goes along: every service validates the token again and enforces ownership itself.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    /** Headers that describe one connection, never the message (RFC 9110, section 7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private HttpClient client;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(100));
        // Longest prefix first, so a more specific route can never be shadowed by a shorter one.
        config.routes().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, GatewayConfig.Route> e) -> e.getValue().prefix().length())
                        .reversed())
                .forEach(e -> {
                    String service = e.getKey();
                    GatewayConfig.Route route = e.getValue();
                    router.route(route.prefix() + "/*").handler(ctx -> forward(ctx, service, route.upstream()));
                    LOG.infof("Route %s/* -> %s (%s)", route.prefix(), route.upstream(), service);
                });
        // Every other path but /api and /q (the gateway's own) is the web app's.
        config.webApp().ifPresent(web -> {
            router.routeWithRegex("^/(?!api(?:/|$)|q(?:/|$)).*").handler(ctx -> forward(ctx, "web", web));
            LOG.infof("Route /* (but /api, /q) -> %s (web)", web);
        });
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    private void forward(RoutingContext ctx, String service, java.net.URI target) {
        HttpServerRequest in = ctx.request();
        in.pause();
        long limit = bodyLimit(ctx);
        if (!declaredLengthWithin(ctx, limit)) {
            return;
        }
        RequestOptions options = new RequestOptions()
                .setHeaders(MultiMap.caseInsensitiveMultiMap())
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(in.uri())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        copyHeaders(in.headers(), options.getHeaders());
        options.putHeader(RequestIds.HEADER, RequestTagging.id(ctx));
        options.putHeader("X-Forwarded-For", forwardedFor(in));
        options.putHeader("X-Forwarded-Proto", in.scheme());
        options.putHeader("X-Forwarded-Host", in.authority() != null ? in.authority().toString() : "");

        boolean chunked = in.headers().contains("Transfer-Encoding");
        boolean hasBody = chunked || (in.headers().contains("Content-Length") && !"0".equals(in.getHeader("Content-Length")));
        if (!hasBody) {
            in.resume();
        }
        client.request(options)
                .compose(out -> !hasBody ? out.send() : chunked ? sendCounted(in, out, limit) : out.send(in))
                .onSuccess(upstream -> relay(ctx, upstream))
                .onFailure(failure -> upstreamFailed(ctx, service, failure));
    }

    /** The largest body this path takes: uploads have their own limit. */
    private long bodyLimit(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return config.uploadPaths().stream().anyMatch(path::startsWith) ? config.maxUploadSize().asLongValue()
                : config.maxBodySize().asLongValue();
    }

    /** A declared Content-Length over the limit is refused (413) before anything is forwarded. */
    private static boolean declaredLengthWithin(RoutingContext ctx, long limit) {
        String length = ctx.request().getHeader("Content-Length");
        if (length == null) {
            return true;
        }
        long size;
        try {
            size = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            refuse(ctx, 400, "Bad Request", "The Content-Length header is not a number.");
            return false;
        }
        if (size > limit) {
            refuse(ctx, 413, "Content Too Large", "The request body is " + size + " bytes; at most " + limit
                    + " are accepted here.");
            return false;
        }
        return true;
    }

    /** Thrown when a body without a declared length turns out to be over the limit while it streams. */
    private static final class BodyTooLarge extends RuntimeException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /**
     * Streams a body of unknown length (chunked, as many clients send multipart uploads), counting
     * as it goes: past the limit the upstream request is aborted, so the service never sees a
     * complete body, and the caller gets 413.
     */
    private static Future<HttpClientResponse> sendCounted(HttpServerRequest in, HttpClientRequest out, long limit) {
        Promise<HttpClientResponse> result = Promise.promise();
        AtomicLong seen = new AtomicLong();
        out.setChunked(true);
        out.response().onComplete(result);
        in.handler(chunk -> {
            if (seen.addAndGet(chunk.length()) > limit) {
                in.handler(null);
                in.endHandler(null);
                out.reset();
                result.tryFail(new BodyTooLarge(limit));
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                in.pause();
                out.drainHandler(v -> in.resume());
            }
        });
        in.endHandler(v -> out.end());
        in.exceptionHandler(result::tryFail);
        in.resume();
        return result.future();
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        ctx.request().resume();
        ctx.response().putHeader("Connection", "close");
        RoutingProblems.send(ctx, new Problem(Problem.ABOUT_BLANK, title, status, detail, null, null));
    }

    private void relay(RoutingContext ctx, HttpClientResponse upstream) {
        HttpServerResponse out = ctx.response();
        out.setStatusCode(upstream.statusCode());
        out.setStatusMessage(upstream.statusMessage());
        // The gateway's no-store (application.properties) stands where the service is silent; a service
        // that says its answer may be cached (public taxonomy) must not be contradicted by a second header.
        if (upstream.headers().contains("Cache-Control")) {
            out.headers().remove("Cache-Control");
        }
        copyHeaders(upstream.headers(), out.headers());
        out.headers().set(RequestIds.HEADER, RequestTagging.id(ctx));
        if (!upstream.headers().contains("content-length")) {
            out.setChunked(true);
        }
        upstream.pipeTo(out);
    }

    private void upstreamFailed(RoutingContext ctx, String service, Throwable failure) {
        if (failure instanceof BodyTooLarge tooLarge && !ctx.response().headWritten()) {
            refuse(ctx, 413, "Content Too Large", "The request body is over the " + tooLarge.limit
                    + " bytes accepted here.");
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.request().resume();
        int status;
        String detail;
        if (failure instanceof ConnectException || hasCause(failure, ConnectException.class)) {
            status = 503;
            detail = "The " + service + " service is not reachable right now. Please try again shortly.";
        } else if (failure instanceof TimeoutException || hasCause(failure, TimeoutException.class)) {
            status = 504;
            detail = "The " + service + " service did not answer within " + config.upstreamTimeout().toSeconds() + " s.";
        } else {
            status = 502;
            detail = "The " + service + " service failed to answer properly.";
        }
        LOG.warnf("%s %s -> %s failed (request %s): %s", ctx.request().method(), ctx.request().path(), service,
                RequestTagging.id(ctx), failure.toString());
        String title = switch (status) {
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Bad Gateway";
        };
        if (status == 503) {
            ctx.response().putHeader("Retry-After", "5");
        }
        RoutingProblems.send(ctx, new Problem(Problem.ABOUT_BLANK, title, status, detail, null, null));
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static String forwardedFor(HttpServerRequest in) {
        String client = in.remoteAddress() != null ? in.remoteAddress().hostAddress() : "unknown";
        String earlier = in.getHeader("X-Forwarded-For");
        return earlier == null || earlier.isBlank() ? client : earlier + ", " + client;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
