package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the gateway costs, next to a plain proxy: the same requests sent through the gateway,
 * through nginx (Debian's, started by the benchmark in front of the same services), through a plain
 * Vert.x proxy (the gateway's HTTP server and client with nothing else, in a JVM of its own: the
 * floor of any proxy built on them) and straight to the service, interleaved in one run, for an
 * anonymous read and for an authenticated one. It prints p50/p95/p99 per side, the latency each
 * proxy adds, and the CPU each proxy process spent per request ({@code /proc/<pid>/stat}, so
 * whatever else the machine does is not counted). Start the stack with rate limits the benchmark
 * cannot hit:
 *
 * <pre>
 * apt-get install -y nginx-light
 * FASCIA_GATEWAY_RATE_LIMIT_SUBJECT_READS=100000000 FASCIA_GATEWAY_RATE_LIMIT_ADDRESS_READS=100000000 deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.GatewayLatencyBenchmark \
 *     -Dexec.args="--requests 4000 --concurrency 4"
 * </pre>
 *
 * Options: --gateway (http://localhost:8080), --directory (http://localhost:8081), --booking
 * (http://localhost:8082), --anonymous-path (/api/v1/directory/taxonomy/conditions), --path
 * (/api/v1/booking/bookings/mine), --user (demo-client, password = user name), --keycloak
 * (http://localhost:8180), --requests per side, --warmup per side (3000: the gateway's JIT needs
 * thousands of requests before its CPU per request settles), --concurrency, --nginx (the
 * binary, /usr/sbin/nginx; "none" leaves nginx out), --vertx ("none" leaves the plain Vert.x proxy
 * out), --vertx-warmup (20000 requests per path to the freshly started plain Vert.x proxy before the
 * sides' warm-up), --vertx-transport (nio, as the gateway; or epoll), --run-dir (FASCIA_RUN_DIR or
 * deploy/.run, where the launcher keeps the gateway's pid).
 */
public final class GatewayLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private record Side(String label, String baseUrl, String process) {
    }

    /** The plain proxies the benchmark started itself, either of them absent. */
    private record Yardsticks(NginxProxy nginx, PlainVertxProxy vertx) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String directory = options.getOrDefault("directory", "http://localhost:8081");
        String booking = options.getOrDefault("booking", "http://localhost:8082");
        String anonymousPath = options.getOrDefault("anonymous-path", "/api/v1/directory/taxonomy/conditions");
        String path = options.getOrDefault("path", "/api/v1/booking/bookings/mine");
        String user = options.getOrDefault("user", "demo-client");
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        int requests = Integer.parseInt(options.getOrDefault("requests", "4000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        String nginxBinary = options.getOrDefault("nginx", "/usr/sbin/nginx");
        int vertxWarmup = Integer.parseInt(options.getOrDefault("vertx-warmup", "20000"));
        String vertxTransport = options.getOrDefault("vertx-transport", "nio");
        if (!List.of("epoll", "nio").contains(vertxTransport)) {
            throw new IllegalArgumentException("--vertx-transport is epoll or nio, not " + vertxTransport);
        }
        boolean vertxEpoll = "epoll".equals(vertxTransport);
        Path runDir = BenchSupport.runDir(options);
        BenchSupport.Tokens token = new BenchSupport.Tokens(HTTP, keycloak, user);

        Map<String, URI> upstreams = new LinkedHashMap<>();
        upstreams.put("/api/v1/directory", URI.create(directory));
        upstreams.put("/api/v1/booking", URI.create(booking));
        NginxProxy nginx = null;
        PlainVertxProxy vertx = null;
        try {
            if (!"none".equals(nginxBinary)) {
                if (!Files.isExecutable(Path.of(nginxBinary))) {
                    throw new IllegalStateException(nginxBinary + " is missing: apt-get install -y nginx-light, or --nginx none");
                }
                nginx = NginxProxy.start(nginxBinary, upstreams);
            }
            if (!"none".equals(options.get("vertx"))) {
                System.out.println("Starting the plain Vert.x proxy (a JVM of its own)...");
                vertx = PlainVertxProxy.start(upstreams, vertxEpoll, Files.createTempFile("fascia-vertx-proxy", ".log"));
                // A fresh JVM, unlike the gateway of a second run: its JIT needs tens of thousands of requests.
                String url = vertx.url();
                List<IntFunction<HttpRequest>> both = List.of(i -> get(url + anonymousPath, null),
                        i -> get(url + path, token.get()));
                BenchSupport.interleaved(HTTP, both, vertxWarmup, concurrency);
            }
            Yardsticks yardsticks = new Yardsticks(nginx, vertx);
            List<Side> anonymousSides = sides(gateway, yardsticks, directory, "directory");
            measure("anonymous GET " + anonymousPath, anonymousPath, null, anonymousSides, runDir, yardsticks, requests,
                    warmup, concurrency);
            List<Side> authenticatedSides = sides(gateway, yardsticks, booking, "booking");
            measure("GET " + path + " as " + user, path, token, authenticatedSides, runDir, yardsticks, requests, warmup,
                    concurrency);
        } finally {
            if (nginx != null) {
                nginx.close();
            }
            if (vertx != null) {
                vertx.close();
            }
        }
    }

    private static List<Side> sides(String gateway, Yardsticks yardsticks, String service, String serviceProcess) {
        List<Side> sides = new ArrayList<>();
        sides.add(new Side("through the gateway", gateway, "gateway"));
        if (yardsticks.nginx() != null) {
            sides.add(new Side("through nginx", yardsticks.nginx().url(), "nginx"));
        }
        if (yardsticks.vertx() != null) {
            sides.add(new Side("through plain Vert.x", yardsticks.vertx().url(), "vertx"));
        }
        sides.add(new Side("straight to " + serviceProcess, service, serviceProcess));
        return sides;
    }

    private static void measure(String title, String path, BenchSupport.Tokens token, List<Side> sides, Path runDir,
            Yardsticks yardsticks, int requests, int warmup, int concurrency) throws Exception {
        List<IntFunction<HttpRequest>> senders = sides.stream()
                .<IntFunction<HttpRequest>>map(side -> i -> get(side.baseUrl() + path, token == null ? null : token.get()))
                .toList();
        BenchSupport.interleaved(HTTP, senders, warmup, concurrency);
        Map<String, Long> before = cpuTicks(sides, runDir, yardsticks);
        long jitBefore = ProcessCpu.compilerTicks(runDir, "gateway");
        long[][] latencies = BenchSupport.interleaved(HTTP, senders, requests, concurrency);
        Map<String, Long> after = cpuTicks(sides, runDir, yardsticks);
        long jit = ProcessCpu.compilerTicks(runDir, "gateway") - jitBefore;

        System.out.printf(Locale.ROOT, "%n%s: %d requests per side, %d in flight, interleaved%n", title, requests, concurrency);
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %14s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms",
                "CPU ms/request");
        Map<String, Double> cpuPerRequest = new LinkedHashMap<>();
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            // A service answers every side's requests; a proxy only its own.
            int served = s == sides.size() - 1 ? requests * sides.size() : requests;
            double cpu = ProcessCpu.ms(after.get(side.process()) - before.get(side.process())) / served;
            cpuPerRequest.put(side.process(), cpu);
            System.out.printf(Locale.ROOT, "%-24s %9.2f %9.2f %9.2f %9.2f %14.3f%n", side.label(),
                    BenchSupport.percentile(latencies[s], 50), BenchSupport.percentile(latencies[s], 95),
                    BenchSupport.percentile(latencies[s], 99), BenchSupport.mean(latencies[s]), cpu);
        }
        // A gateway whose JIT has not settled spends much of its CPU compiling, which a longer-running one would not.
        System.out.printf(Locale.ROOT, "of the gateway's CPU, its JIT compiler threads: %.3f ms/request%n",
                ProcessCpu.ms(jit) / requests);
        long[] direct = latencies[sides.size() - 1];
        for (int s = 0; s < sides.size() - 1; s++) {
            System.out.printf(Locale.ROOT, "added by %-15s p50 %+.2f ms, p95 %+.2f ms%n", sides.get(s).process(),
                    BenchSupport.percentile(latencies[s], 50) - BenchSupport.percentile(direct, 50),
                    BenchSupport.percentile(latencies[s], 95) - BenchSupport.percentile(direct, 95));
        }
        if (cpuPerRequest.containsKey("nginx") && cpuPerRequest.get("nginx") > 0) {
            System.out.printf(Locale.ROOT, "gateway CPU per request / nginx's: %.2f%n",
                    cpuPerRequest.get("gateway") / cpuPerRequest.get("nginx"));
            if (cpuPerRequest.containsKey("vertx")) {
                System.out.printf(Locale.ROOT, "plain Vert.x CPU per request / nginx's: %.2f%n",
                        cpuPerRequest.get("vertx") / cpuPerRequest.get("nginx"));
            }
        }
    }

    /**
     * CPU ticks so far of each side's process: launcher components by pid file, nginx as all its
     * processes, the plain Vert.x proxy by the pid of the JVM the benchmark started.
     */
    private static Map<String, Long> cpuTicks(List<Side> sides, Path runDir, Yardsticks yardsticks) throws Exception {
        Map<String, Long> ticks = new LinkedHashMap<>();
        List<String> components = sides.stream().map(Side::process)
                .filter(p -> !"nginx".equals(p) && !"vertx".equals(p)).toList();
        ticks.putAll(ProcessCpu.ticks(runDir, components));
        ticks.put("nginx", ProcessCpu.ticksOfCommand("nginx"));
        if (yardsticks.vertx() != null) {
            ticks.put("vertx", ProcessCpu.ticksOfPid(yardsticks.vertx().pid()));
        }
        for (Side side : sides) {
            if (!ticks.containsKey(side.process())) {
                throw new IllegalStateException("No pid file for " + side.process() + " under " + runDir.resolve("state")
                        + ": start the stack with deploy/fascia up, or pass --run-dir");
            }
        }
        return ticks;
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
