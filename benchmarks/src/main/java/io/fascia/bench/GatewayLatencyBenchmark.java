package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway adds: the same authenticated request sent through the gateway and straight to
 * the service, interleaved in the same run (each worker alternates), with p50/p95/p99 for both and
 * the difference. Start the stack with rate limits the benchmark cannot hit:
 *
 * <pre>
 * FASCIA_GATEWAY_RATE_LIMIT_SUBJECT_READS=100000000 deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.GatewayLatencyBenchmark \
 *     -Dexec.args="--requests 4000 --concurrency 4"
 * </pre>
 *
 * Options: --gateway (http://localhost:8080), --service (http://localhost:8082), --path
 * (/api/v1/booking/bookings/mine), --user (demo-client, password = user name), --keycloak
 * (http://localhost:8180), --requests per side, --warmup per side, --concurrency.
 */
public final class GatewayLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String service = options.getOrDefault("service", "http://localhost:8082");
        String path = options.getOrDefault("path", "/api/v1/booking/bookings/mine");
        String user = options.getOrDefault("user", "demo-client");
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        int requests = Integer.parseInt(options.getOrDefault("requests", "4000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        String token = BenchSupport.token(HTTP, keycloak, "fascia", "fascia-cli", user, user);

        run(gateway + path, service + path, token, warmup, concurrency);
        long[][] measured = run(gateway + path, service + path, token, requests, concurrency);
        long[] through = measured[0];
        long[] direct = measured[1];
        System.out.printf(Locale.ROOT, "%nGET %s as %s: %d requests per side, %d in flight, interleaved%n", path, user, requests,
                concurrency);
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
        print("through the gateway", through);
        print("straight to service", direct);
        System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f %9.2f%n", "added by the gateway",
                percentile(through, 50) - percentile(direct, 50), percentile(through, 95) - percentile(direct, 95),
                percentile(through, 99) - percentile(direct, 99), mean(through) - mean(direct));
    }

    /** Returns latencies in nanoseconds: [0] through the gateway, [1] straight to the service. */
    private static long[][] run(String viaGateway, String direct, String token, int perSide, int concurrency) throws Exception {
        long[] through = new long[perSide];
        long[] straight = new long[perSide];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < perSide; i = next.getAndIncrement()) {
                    // Alternate which goes first, so neither side always meets a warmer cache.
                    boolean gatewayFirst = i % 2 == 0;
                    long a = time(gatewayFirst ? viaGateway : direct, token, failures);
                    long b = time(gatewayFirst ? direct : viaGateway, token, failures);
                    through[i] = gatewayFirst ? a : b;
                    straight[i] = gatewayFirst ? b : a;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            System.out.println("WARNING: " + failures.get() + " responses were not 200 (a rate limit?)");
        }
        Arrays.sort(through);
        Arrays.sort(straight);
        return new long[][] { through, straight };
    }

    private static long time(String url, String token, AtomicInteger failures) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
        }
        return took;
    }

    private static void print(String label, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f %9.2f%n", label, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), mean(sorted));
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0) / 1e6;
    }
}
