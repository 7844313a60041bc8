package io.fascia.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * The stack's memory after a spell of mixed traffic: for {@code --minutes} (5), {@code
 * --concurrency} (4) callers go round a mix of what the three kinds of people do through the
 * gateway (anonymous search pages and API searches, each a different place; taxonomy; a client's
 * bookings, plans, reviews and preferences; a therapist's listing, schedule and availability; an
 * admin's queues). Then it prints each process's resident memory from {@code /proc}: RSS and its
 * peak (VmHWM) per launcher component, and PostgreSQL as the proportional share (Pss) of all its
 * processes, since they share their buffers. Writes come from {@link BookingBenchmark}, which can
 * run beside it.
 *
 * <pre>
 * FASCIA_GATEWAY_RATE_LIMIT_SUBJECT_READS=100000000 FASCIA_GATEWAY_RATE_LIMIT_ADDRESS_READS=100000000 deploy/fascia up
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.FootprintBenchmark -Dexec.args="--minutes 5"
 * </pre>
 *
 * Options: --gateway (http://localhost:8080), --keycloak (http://localhost:8180), --minutes,
 * --concurrency, --run-dir (FASCIA_RUN_DIR or deploy/.run).
 */
public final class FootprintBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> COMPONENTS = List.of("kafka", "keycloak", "greenmail", "directory", "booking", "review",
            "notification", "web", "gateway");
    private static final List<String> SERVICES = List.of("directory", "booking", "review", "notification", "web", "gateway");

    private record Call(String label, IntFunction<HttpRequest> request) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "5"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        Path runDir = BenchSupport.runDir(options);

        Map<String, Long> before = residentKiB(runDir);
        List<Call> mix = mix(gateway, keycloak);
        Map<String, LongAdder> answered = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Instant end = Instant.now().plusMillis((long) (minutes * 60_000));
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    int i = next.getAndIncrement();
                    Call call = mix.get(i % mix.size());
                    HttpResponse<Void> response = HTTP.send(call.request().apply(i), HttpResponse.BodyHandlers.discarding());
                    answered.computeIfAbsent(call.label() + " " + response.statusCode(), k -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        Map<String, Long> after = residentKiB(runDir);

        System.out.printf(Locale.ROOT, "%n%d requests in %.1f minutes, %d in flight; answers by call and status:%n",
                next.get(), minutes, concurrency);
        answered.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-58s %7d%n", e.getKey(), e.getValue().sum()));
        System.out.printf(Locale.ROOT, "%n%-14s %12s %12s %12s%n", "process", "before MiB", "after MiB", "peak MiB");
        long total = 0;
        for (String name : after.keySet()) {
            if (name.endsWith(".peak")) {
                continue;
            }
            total += after.get(name);
            Long peak = after.get(name + ".peak");
            System.out.printf(Locale.ROOT, "%-14s %12.0f %12.0f %12s%n", name, before.getOrDefault(name, 0L) / 1024.0,
                    after.get(name) / 1024.0, peak == null ? "" : String.format(Locale.ROOT, "%.0f", peak / 1024.0));
        }
        System.out.printf(Locale.ROOT, "%-14s %12s %12.0f   (target: at most 2,560)%n", "whole stack", "", total / 1024.0);
        long largest = SERVICES.stream().filter(after::containsKey).mapToLong(after::get).max().orElse(0);
        System.out.printf(Locale.ROOT, "largest service: %.0f MiB (target: at most 200)%n", largest / 1024.0);
    }

    private static List<Call> mix(String gateway, String keycloak) {
        // Access tokens live minutes: each is fetched again once it is two minutes old.
        BenchSupport.Tokens client = new BenchSupport.Tokens(HTTP, keycloak, "demo-client");
        BenchSupport.Tokens therapist = new BenchSupport.Tokens(HTTP, keycloak, "demo-therapist");
        BenchSupport.Tokens admin = new BenchSupport.Tokens(HTTP, keycloak, "demo-admin");
        List<Call> mix = new ArrayList<>();
        mix.add(new Call("search page", i -> get(gateway + "/search?condition=low-back-pain&near=" + nearby(i), null,
                "text/html")));
        mix.add(new Call("API search", i -> get(gateway + "/api/v1/directory/search?condition=upper-back-pain&near=" + nearby(i)
                + "&page=0&size=10", null, "application/json")));
        mix.add(new Call("home page", i -> get(gateway + "/", null, "text/html")));
        mix.add(new Call("taxonomy", i -> get(gateway + "/api/v1/directory/taxonomy/conditions", null, "application/json")));
        mix.add(new Call("client: bookings", api(gateway + "/api/v1/booking/bookings/mine", client)));
        mix.add(new Call("client: plans", api(gateway + "/api/v1/booking/plans/mine", client)));
        mix.add(new Call("client: reviews", api(gateway + "/api/v1/review/reviews/mine", client)));
        mix.add(new Call("client: preferences", api(gateway + "/api/v1/notifications/preferences/me", client)));
        mix.add(new Call("therapist: listing", api(gateway + "/api/v1/directory/listings/me", therapist)));
        mix.add(new Call("therapist: availability", api(gateway + "/api/v1/booking/availability/me", therapist)));
        mix.add(new Call("therapist: schedule", api(gateway + "/api/v1/booking/schedule/me", therapist)));
        mix.add(new Call("admin: credentials", api(gateway + "/api/v1/directory/admin/credentials", admin)));
        mix.add(new Call("admin: moderation", api(gateway + "/api/v1/review/admin/moderation", admin)));
        return mix;
    }

    /** A JSON GET as the signed-in user. */
    private static IntFunction<HttpRequest> api(String url, BenchSupport.Tokens user) {
        return i -> get(url, user.get(), "application/json");
    }

    /** The i-th point of a walk north from Portland's centre: no two searches alike. */
    private static String nearby(int i) {
        return String.format(Locale.ROOT, "%.4f,-122.6800", 45.5200 + (i % 20_000) * 0.0001);
    }

    private static HttpRequest get(String url, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /**
     * KiB resident per launcher component, as the sum over its process group (the launcher starts
     * each in a session of its own, and Keycloak is a script with its JVM under it), with the
     * peak as NAME.peak; and PostgreSQL's summed Pss.
     */
    private static Map<String, Long> residentKiB(Path runDir) throws IOException {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            ProcessCpu.launcherPid(runDir, component).ifPresent(pid -> groups.put(pid, component));
        }
        Map<String, Long> kib = new LinkedHashMap<>();
        groups.values().forEach(component -> {
            kib.put(component, 0L);
            kib.put(component + ".peak", 0L);
        });
        long postgres = 0;
        for (Path process : ProcessCpu.processes()) {
            try {
                if ("postgres".equals(Files.readString(process.resolve("comm")).strip())) {
                    postgres += field(Files.readAllLines(process.resolve("smaps_rollup")), "Pss:");
                    continue;
                }
                String stat = Files.readString(process.resolve("stat"));
                String component = groups.get(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
                if (component != null) {
                    List<String> status = Files.readAllLines(process.resolve("status"));
                    kib.merge(component, field(status, "VmRSS:"), Long::sum);
                    kib.merge(component + ".peak", field(status, "VmHWM:"), Long::sum);
                }
            } catch (IOException gone) {
                // The process ended while being read.
            }
        }
        kib.put("postgres", postgres);
        return kib;
    }

    private static long field(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0])).orElse(0L);
    }
}
