package io.fascia.gateway.routing;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in upstream for the proxy's unit tests: it echoes what it received, so a test can see
 * exactly what the gateway forwarded. The real services behind the real gateway are exercised by
 * the system tests. The booking route points at a port nobody listens on.
 */
public class UpstreamStandIn implements QuarkusTestResourceLifecycleManager {

    /**
     * The booking route's upstream: the discard port, which nothing on a test machine serves. A port
     * taken from the ephemeral range and closed again could become an outgoing connection's own
     * source port, and a loopback connect to it then succeeds against itself (a 504, not a 503).
     */
    private static final int NOTHING_LISTENS = 9;

    static final AtomicInteger REQUESTS = new AtomicInteger();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            REQUESTS.incrementAndGet();
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end("""
                        {"openapi":"3.0.3","info":{"title":"stand-in","version":"1"},
                         "paths":{"/api/v1/review/ping":{"get":{"responses":{"200":{"description":"OK"}}}},
                                  "/q/health":{"get":{"responses":{"200":{"description":"OK"}}}}},
                         "components":{"schemas":{"Ping":{"type":"object"}}}}""");
                return;
            }
            if (request.path().endsWith("/cacheable")) {
                request.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "max-age=3600")
                        .end("{}");
                return;
            }
            if (request.path().endsWith("/slow")) {
                vertx.setTimer(5_000, t -> request.response().end("too late"));
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("body", body.toString());
            int status = "POST".equals(request.method().name()) ? 201 : 200;
            request.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Location", "/api/v1/directory/listings/me")
                    .end(echo.encode());
        }));
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stand-in upstream did not start", e);
        }
        return Map.of(
                "fascia.gateway.routes.directory.upstream", "http://127.0.0.1:" + port,
                "fascia.gateway.routes.review.upstream", "http://127.0.0.1:" + port,
                "fascia.gateway.routes.notification.upstream", "http://127.0.0.1:" + port,
                "fascia.gateway.web-app", "http://127.0.0.1:" + port,
                "fascia.gateway.routes.booking.upstream", "http://127.0.0.1:" + NOTHING_LISTENS,
                "fascia.gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
