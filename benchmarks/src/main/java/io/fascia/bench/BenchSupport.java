package io.fascia.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks share: {@code --name value} options, password-grant tokens, and two
 * requests timed side by side in one run with their percentiles.
 */
final class BenchSupport {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private BenchSupport() {
    }

    /** {@code --name value} pairs; a {@code --name} followed by another option or nothing is a flag ("true"). */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(key, flag ? "true" : args[++i]);
            }
        }
        return options;
    }

    /** The launcher's run directory, where its pid files are: --run-dir, FASCIA_RUN_DIR or deploy/.run. */
    static Path runDir(Map<String, String> options) {
        String fallback = System.getenv().getOrDefault("FASCIA_RUN_DIR", "deploy/.run");
        return Path.of(options.getOrDefault("run-dir", fallback));
    }

    /** An access token through the password grant (local realms only). */
    static String token(HttpClient http, String keycloak, String realm, String client, String user, String password)
            throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /**
     * A user's access token, fetched again once it is older than {@code refreshAfter}: a run on a
     * loaded machine outlasts the tokens (five minutes in the fascia realm, one in master).
     */
    static final class Tokens {

        private final HttpClient http;
        private final String keycloak;
        private final String realm;
        private final String client;
        private final String user;
        private final String password;
        private final java.time.Duration refreshAfter;
        private String token;
        private java.time.Instant fetched = java.time.Instant.MIN;

        /** A demo or bench user of the fascia realm (password = username); its tokens live 5 minutes. */
        Tokens(HttpClient http, String keycloak, String user) {
            this(http, keycloak, "fascia", "fascia-cli", user, user, java.time.Duration.ofMinutes(2));
        }

        Tokens(HttpClient http, String keycloak, String realm, String client, String user, String password,
                java.time.Duration refreshAfter) {
            this.http = http;
            this.keycloak = keycloak;
            this.realm = realm;
            this.client = client;
            this.user = user;
            this.password = password;
            this.refreshAfter = refreshAfter;
        }

        /** The local Keycloak's administrator in the master realm, whose tokens live only a minute. */
        static Tokens keycloakAdmin(HttpClient http, String keycloak) {
            return new Tokens(http, keycloak, "master", "admin-cli", "admin", "admin", java.time.Duration.ofSeconds(30));
        }

        synchronized String get() {
            if (fetched.isBefore(java.time.Instant.now().minus(refreshAfter))) {
                try {
                    token = token(http, keycloak, realm, client, user, password);
                } catch (Exception e) {
                    throw new IllegalStateException("No token for " + user, e);
                }
                fetched = java.time.Instant.now();
            }
            return token;
        }
    }

    /**
     * Sends {@code a} and {@code b} {@code perSide} times each, interleaved (each worker alternates
     * which goes first, so neither always meets a warmer cache), and returns their latencies in
     * nanoseconds, sorted: [0] for a, [1] for b.
     */
    static long[][] interleaved(HttpClient http, HttpRequest a, HttpRequest b, int perSide, int concurrency) throws Exception {
        return interleaved(http, i -> a, i -> b, perSide, concurrency);
    }

    /** As above, with the i-th request of each side made by {@code a} and {@code b}. */
    static long[][] interleaved(HttpClient http, java.util.function.IntFunction<HttpRequest> a,
            java.util.function.IntFunction<HttpRequest> b, int perSide, int concurrency) throws Exception {
        return interleaved(http, java.util.List.of(a, b), perSide, concurrency);
    }

    /**
     * Any number of sides, each sent {@code perSide} times; the i-th round starts with side i mod n
     * and goes round, so no side always meets the caches the others warmed. Returns each side's
     * latencies in nanoseconds, sorted, in the order given.
     */
    static long[][] interleaved(HttpClient http, java.util.List<java.util.function.IntFunction<HttpRequest>> sides,
            int perSide, int concurrency) throws Exception {
        int n = sides.size();
        long[][] latencies = new long[n][perSide];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(concurrency);
        java.util.List<java.util.concurrent.Future<?>> workers = new java.util.ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < perSide; i = next.getAndIncrement()) {
                    for (int k = 0; k < n; k++) {
                        int side = (i + k) % n;
                        latencies[side][i] = time(http, sides.get(side).apply(i), failures);
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            System.out.println("WARNING: " + failures.get() + " responses were not 200 (a rate limit?)");
        }
        for (long[] side : latencies) {
            java.util.Arrays.sort(side);
        }
        return latencies;
    }

    private static long time(HttpClient http, HttpRequest request, java.util.concurrent.atomic.AtomicInteger failures)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
        }
        return took;
    }

    /** The p-th percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static double mean(long[] values) {
        return java.util.Arrays.stream(values).average().orElse(0) / 1e6;
    }

    /** One row: label, p50, p95, p99 and mean in milliseconds. */
    static void printRow(String label, long[] sorted) {
        System.out.printf(java.util.Locale.ROOT, "%-24s %9.2f %9.2f %9.2f %9.2f%n", label, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), mean(sorted));
    }
}
