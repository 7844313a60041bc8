package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

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
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
        BenchSupport.printRow("through the gateway", through);
        BenchSupport.printRow("straight to service", direct);
        System.out.printf(Locale.ROOT, "%-24s %9.2f %9.2f %9.2f %9.2f%n", "added by the gateway",
                BenchSupport.percentile(through, 50) - BenchSupport.percentile(direct, 50),
                BenchSupport.percentile(through, 95) - BenchSupport.percentile(direct, 95),
                BenchSupport.percentile(through, 99) - BenchSupport.percentile(direct, 99),
                BenchSupport.mean(through) - BenchSupport.mean(direct));
    }

    /** Returns latencies in nanoseconds: [0] through the gateway, [1] straight to the service. */
    private static long[][] run(String viaGateway, String direct, String token, int perSide, int concurrency) throws Exception {
        return BenchSupport.interleaved(HTTP, get(viaGateway, token), get(direct, token), perSide, concurrency);
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }
}
