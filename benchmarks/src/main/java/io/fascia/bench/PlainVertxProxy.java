package io.fascia.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;

/**
 * The floor of a proxy on the JVM: the same Vert.x HTTP server and client the gateway is built on,
 * with nothing else. It routes by prefix as the nginx side does (HTTP/1.1, pooled upstream
 * connections, X-Forwarded-For and -Proto, hop-by-hop headers dropped) and has no tokens, policy,
 * rate limits, metrics or access log. It runs as a child JVM of the benchmark with the launcher's
 * service options, so its CPU is read from its own {@code /proc/<pid>/stat}.
 */
final class PlainVertxProxy extends ChildProxy {

    /** The launcher's JVM options for a service (deploy/fascia SERVICE_JVM_OPTS), so the JVMs compare. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=96m", "-Djava.awt.headless=true");

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private PlainVertxProxy(Process process, int port) {
        super(process, port);
    }

    /** Starts the proxy on a free local port in a JVM of its own, and waits until it listens. */
    static PlainVertxProxy start(Map<String, URI> upstreams, boolean epoll, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(classPath());
        command.add(PlainVertxProxy.class.getName());
        command.add(Integer.toString(port));
        command.add(epoll ? "epoll" : "nio");
        upstreams.forEach((prefix, upstream) -> command.add(prefix + "=" + upstream));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PlainVertxProxy proxy = new PlainVertxProxy(process, port);
        proxy.awaitListening(Duration.ofSeconds(120), log.toString());
        return proxy;
    }

    /** The benchmark's own class path: exec:java loads it in a class loader of its own, not on java.class.path. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        if (PlainVertxProxy.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("Not a file on the class path: " + url, e);
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    /** Arguments: the port, the transport (epoll or nio), then PREFIX=UPSTREAM for each route. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        boolean epoll = "epoll".equals(args[1]);
        Map<String, URI> routes = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] route = args[i].split("=", 2);
            routes.put(route[0], URI.create(route[1]));
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(epoll));
        if (epoll && !vertx.isNativeTransportEnabled()) {
            System.out.println("epoll was asked for but is not available: " + vertx.unavailableNativeTransportCause());
            System.exit(1);
        }
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(100));
        vertx.createHttpServer()
                .requestHandler(in -> forward(in, routes, client))
                .listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.printf(Locale.ROOT, "listening on %d (%s): %s%n", port,
                        vertx.isNativeTransportEnabled() ? "epoll" : "nio", routes))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private static void forward(HttpServerRequest in, Map<String, URI> routes, HttpClient client) {
        URI upstream = routes.entrySet().stream().filter(r -> in.path().startsWith(r.getKey() + "/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (upstream == null) {
            in.response().setStatusCode(404).end();
            return;
        }
        in.pause();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(upstream.getHost())
                .setPort(upstream.getPort()).setURI(in.uri());
        in.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        String earlier = in.getHeader("X-Forwarded-For");
        String caller = in.remoteAddress().hostAddress();
        options.putHeader("X-Forwarded-For", earlier == null ? caller : earlier + ", " + caller);
        options.putHeader("X-Forwarded-Proto", in.scheme());
        client.request(options)
                .compose((HttpClientRequest out) -> out.send(in))
                .onSuccess(answer -> {
                    HttpServerResponse out = in.response().setStatusCode(answer.statusCode());
                    answer.headers().forEach(h -> {
                        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                            out.headers().add(h.getKey(), h.getValue());
                        }
                    });
                    if (!answer.headers().contains("Content-Length")) {
                        out.setChunked(true);
                    }
                    answer.pipeTo(out);
                })
                .onFailure(failure -> in.response().setStatusCode(502).end());
    }
}
