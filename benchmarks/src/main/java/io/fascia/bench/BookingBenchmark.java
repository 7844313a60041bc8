package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking-service under contention and under load, against a running stack with real Keycloak
 * tokens:
 * <ol>
 * <li>race: {@code --racers} clients released at once onto {@code --slots} start times; prints the
 * status counts and checks the table: exactly one confirmed booking per slot, no overlaps, no 5xx;</li>
 * <li>throughput: {@code --warmup} bookings first, not measured (the JIT compiles a method called
 * once per booking only after thousands of calls), then {@code --requests} bookings on distinct start
 * times with {@code --concurrency} clients in flight; prints p50/p95/p99, bookings per second and the
 * CPU each process of the stack spent per booking (booking-service, Kafka, all of PostgreSQL; read
 * from /proc, so it holds on a busy machine; {@code --run-dir} or FASCIA_RUN_DIR names the
 * launcher's run directory), and how much of booking-service's went to its JIT compiler threads;
 * also the CPU of the client that sent them and of everything else on the machine meanwhile.
 * {@code --client wrk} sends the measured bookings with wrk (Debian's) for {@code --seconds} (20)
 * instead of this JVM's HTTP client, which takes a third as much CPU per booking as the stack
 * itself from the same two cores ({@link WrkBookings}).</li>
 * </ol>
 *
 * <pre>
 * deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.BookingBenchmark \
 *     -Dexec.args="--racers 200 --slots 20 --warmup 3000 --requests 3000 --concurrency 8"
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.BookingBenchmark \
 *     -Dexec.args="--warmup 3000 --concurrency 16 --client wrk --seconds 20"
 * </pre>
 *
 * It books with a therapist of its own ({@code bench-therapist}, written straight into the
 * replica, open around the clock in 15-minute steps) and {@code bench-client-NNN} users it creates
 * in Keycloak once. Its bookings are removed at the start of each run.
 */
public final class BookingBenchmark {

    private static final UUID THERAPIST = UUID.fromString("b0000000-0000-4000-8000-00000000be01");
    private static final UUID OFFERING = UUID.fromString("b0000000-0000-4000-8000-00000000be02");
    // HTTP/1.1, so each worker gets its own pooled connection: the default upgrade to h2c put every
    // worker on one connection, and the benchmark measured its own queue (40-43 bookings/s).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String jdbc = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:15432/booking?user=booking&password=booking");
        String service = options.getOrDefault("service", "http://localhost:8082");
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        int racers = Integer.parseInt(options.getOrDefault("racers", "200"));
        int slots = Integer.parseInt(options.getOrDefault("slots", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        Load load = Load.of(options.getOrDefault("client", "java"), Integer.parseInt(options.getOrDefault("seconds", "20")));
        Path runDir = BenchSupport.runDir(options);

        try (Connection db = DriverManager.getConnection(jdbc)) {
            prepareTherapist(db);
            List<String> tokens = clientTokens(keycloak, racers);
            race(db, service, tokens, slots);
            if (warmup > 0) {
                System.out.printf(Locale.ROOT, "%nWarm-up: %d bookings, not measured%n", warmup);
                bookInTurn(service, tokens, 0, warmup, concurrency);
            }
            throughput(db, service, tokens, warmup, requests, concurrency, load, runDir);
        }
    }

    /** The bench therapist in the replica, open every day 00:00-23:45, with no earlier bookings. */
    private static void prepareTherapist(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM booking WHERE therapist_id = '" + THERAPIST + "'");
            s.executeUpdate("DELETE FROM bookable_therapist WHERE therapist_id = '" + THERAPIST + "'");
            s.executeUpdate("INSERT INTO bookable_therapist (therapist_id, subject, display_name, bookable, time_zone,"
                    + " cancellation_window_hours, snapshot_at) VALUES ('" + THERAPIST + "', 'bench-therapist',"
                    + " 'Bench Therapist', true, 'UTC', 24, now())");
            s.executeUpdate("INSERT INTO bookable_offering (offering_id, therapist_id, kind, title, minutes, price_cents,"
                    + " currency, session_type) VALUES ('" + OFFERING + "', '" + THERAPIST + "', 'FOLLOW_UP', 'Bench', 15,"
                    + " 5000, 'USD', 'MEDICAL')");
            s.executeUpdate("INSERT INTO availability_settings (therapist_id, buffer_minutes, minimum_notice_hours,"
                    + " horizon_days, slot_step_minutes, updated_at) VALUES ('" + THERAPIST + "', 0, 0, 365, 15, now())");
            for (int day = 1; day <= 7; day++) {
                s.executeUpdate("INSERT INTO weekly_window (therapist_id, weekday, start_time, end_time) VALUES ('"
                        + THERAPIST + "', " + day + ", '00:00', '23:45')");
            }
        }
    }

    /** N racers for S slots, all released by one latch. */
    private static void race(Connection db, String service, List<String> tokens, int slots) throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        List<OffsetDateTime> starts = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            starts.add(day.atTime(8, 0).plusMinutes(15L * i).atOffset(ZoneOffset.UTC));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch ready = new CountDownLatch(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            OffsetDateTime start = starts.get(i % slots);
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return book(service, token, start).statusCode();
            }));
        }
        ready.await();
        long began = System.nanoTime();
        go.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> result : results) {
            statuses.merge(result.get(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        Table table = table(db);
        System.out.printf(Locale.ROOT, "%nRace: %d clients at once for %d slots, settled in %.2f s%n", tokens.size(), slots,
                seconds);
        System.out.printf(Locale.ROOT, "  responses by status: %s%n", statuses);
        System.out.printf(Locale.ROOT, "  confirmed in the table: %d (expected %d), overlapping another: %d, 5xx: %d%n",
                table.confirmed(), slots, table.overlapping(), statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue).sum());
        System.out.println("  " + (table.confirmed() == slots && table.overlapping() == 0
                && statuses.getOrDefault(201, 0) == slots && statuses.getOrDefault(409, 0) == tokens.size() - slots
                ? "PASS" : "FAIL"));
    }

    /**
     * The processes a booking keeps busy: booking-service, the broker, and the two services that
     * consume every booking's events (messages, sessions to review); PostgreSQL is added by ProcessCpu.
     */
    private static final List<String> BOOKING_WORK = List.of("booking", "kafka", "notification", "review");

    /** Who sends the measured bookings: this JVM's HTTP client, or wrk for {@code seconds}. */
    private record Load(boolean byWrk, int seconds) {

        static Load of(String client, int seconds) {
            if (!List.of("java", "wrk").contains(client)) {
                throw new IllegalArgumentException("--client is java or wrk, not " + client);
            }
            return new Load("wrk".equals(client), seconds);
        }
    }

    /** What the measured bookings came to, whichever client sent them. */
    private record Measured(int requests, int succeeded, double seconds, String statuses, String latency, long clientTicks) {
    }

    /** Measured bookings: start times {@code from} on, after any warm-up's. */
    private static void throughput(Connection db, String service, List<String> tokens, int from, int requests, int concurrency,
            Load load, Path runDir) throws Exception {
        long confirmedBefore = table(db).confirmed();
        long machineBefore = ProcessCpu.machineBusyTicks();
        Map<String, Long> cpuBefore = ProcessCpu.ticks(runDir, BOOKING_WORK);
        long jitBefore = ProcessCpu.compilerTicks(runDir, "booking");
        Measured measured = load.byWrk()
                ? byWrk(service, tokens, from, concurrency, load.seconds())
                : byJava(service, tokens, from, requests, concurrency);
        Map<String, Long> cpuAfter = ProcessCpu.ticks(runDir, BOOKING_WORK);
        long jit = ProcessCpu.compilerTicks(runDir, "booking") - jitBefore;
        int done = measured.requests();
        double machineMs = ProcessCpu.ms(ProcessCpu.machineBusyTicks() - machineBefore) / done;
        System.out.printf(Locale.ROOT, "%nThroughput: %d bookings on distinct slots, %d in flight, sent by %s%n", done,
                concurrency, load.byWrk() ? "wrk" : "this JVM's HTTP client");
        System.out.printf(Locale.ROOT, "  responses by status: %s%n", measured.statuses());
        Table table = table(db);
        // wrk stops at its deadline with requests still in flight; those bookings are made, not counted.
        System.out.printf(Locale.ROOT, "  in the table: %d more confirmed for %d answered 2xx%s; overlapping another: %d%n",
                table.confirmed() - confirmedBefore, measured.succeeded(), load.byWrk()
                        ? " (and up to " + concurrency + " in flight when wrk stopped)" : "", table.overlapping());
        System.out.printf(Locale.ROOT, "  %s; %.0f bookings/s%n", measured.latency(), done / measured.seconds());
        StringBuilder cpu = new StringBuilder("  CPU per booking (from /proc):");
        Map<String, Double> perBooking = ProcessCpu.msPer(cpuBefore, cpuAfter, done);
        perBooking.forEach((name, ms) -> cpu.append(String.format(Locale.ROOT, " %s %.2f ms,", name, ms)));
        System.out.println(cpu.substring(0, cpu.length() - 1));
        double stack = perBooking.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "  all of them together: %.2f ms per booking%n", stack);
        // What the load generator and everything else on a shared machine took from the same cores.
        double clientMs = ProcessCpu.ms(measured.clientTicks()) / done;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "  the client sending them: %.2f ms; the rest of the machine: %.2f ms (%.0f%% of %d"
                + " cores busy in all)%n", clientMs, Math.max(0, machineMs - stack - clientMs),
                100 * machineMs * done / 1000 / measured.seconds() / cores, cores);
        System.out.printf(Locale.ROOT, "  of booking-service's, in its JIT compiler threads: %.2f ms%n",
                ProcessCpu.ms(jit) / done);
    }

    private static Measured byJava(String service, List<String> tokens, int from, int requests, int concurrency)
            throws Exception {
        long self = ProcessHandle.current().pid();
        long selfBefore = ProcessCpu.ticksOfPid(self);
        long began = System.nanoTime();
        Booked booked = bookInTurn(service, tokens, from, requests, concurrency);
        double seconds = (System.nanoTime() - began) / 1e9;
        long clientTicks = ProcessCpu.ticksOfPid(self) - selfBefore;
        long[] sorted = booked.latencies().clone();
        Arrays.sort(sorted);
        int succeeded = booked.statuses().entrySet().stream().filter(e -> e.getKey() / 100 == 2)
                .mapToInt(e -> e.getValue().get()).sum();
        return new Measured(requests, succeeded, seconds, booked.statuses().toString(), String.format(Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6), clientTicks);
    }

    private static Measured byWrk(String service, List<String> tokens, int from, int connections, int seconds)
            throws Exception {
        long childrenBefore = ProcessCpu.endedChildrenTicks();
        WrkBookings.Run run = WrkBookings.book(service, tokens, firstStart().toEpochSecond(), from, THERAPIST, OFFERING,
                connections, seconds);
        long clientTicks = ProcessCpu.endedChildrenTicks() - childrenBefore;
        return new Measured(run.requests(), run.requests() - run.not2xx(), run.seconds(), String.format(Locale.ROOT,
                "%d not 2xx of %d; socket errors: %s", run.not2xx(), run.requests(), run.socketErrors()), run.latency(),
                clientTicks);
    }

    /** The first start the throughput bookings use: midnight UTC three days ahead. */
    private static OffsetDateTime firstStart() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(3).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** What a batch of bookings got: each one's latency in ns, and the count of each status. */
    private record Booked(long[] latencies, Map<Integer, AtomicInteger> statuses) {
    }

    /** Bookings on distinct start times, {@code concurrency} at a time, by clients in turn. */
    private static Booked bookInTurn(String service, List<String> tokens, int from, int requests, int concurrency)
            throws Exception {
        OffsetDateTime first = firstStart();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[requests];
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                        // 15-minute sessions in 15-minute steps: booking i gets a start nobody else asks for.
                        int i = from + n;
                        OffsetDateTime start = first.plusMinutes(15L * (i + i / 95));
                        long t0 = System.nanoTime();
                        int status = book(service, tokens.get(i % tokens.size()), start).statusCode();
                        latencies[n] = System.nanoTime() - t0;
                        synchronized (statuses) {
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Booked(latencies, statuses);
    }

    private static HttpResponse<String> book(String service, String token, OffsetDateTime start) throws Exception {
        String body = "{\"therapistId\":\"" + THERAPIST + "\",\"offeringId\":\"" + OFFERING + "\",\"start\":\"" + start
                + "\",\"intake\":{\"condition\":\"low-back-pain\",\"bodyRegions\":[\"low-back\"],\"painNow\":6,"
                + "\"goals\":\"Benchmark\",\"physicianReferral\":false,\"consent\":true}}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/booking/bookings"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates bench-client-NNN once (a 409 means it exists) and signs each in through fascia-cli. */
    private static List<String> clientTokens(String keycloak, int count) throws Exception {
        BenchSupport.Tokens admin = BenchSupport.Tokens.keycloakAdmin(HTTP, keycloak);
        long began = System.nanoTime();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("bench-client-%03d", i);
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/fascia/users"))
                    .header("Authorization", "Bearer " + admin.get()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"enabled\":true,"
                            + "\"emailVerified\":true,\"email\":\"" + name + "@fascia.example\",\"firstName\":\"Bench\","
                            + "\"lastName\":\"Client\",\"credentials\":[{\"type\":\"password\",\"value\":\"" + name
                            + "\",\"temporary\":false}]}")).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("Cannot create " + name + ": " + created.statusCode() + " " + created.body());
            }
            tokens.add(BenchSupport.token(HTTP, keycloak, "fascia", "fascia-cli", name, name));
        }
        System.out.printf(Locale.ROOT, "Signed in %d bench clients in %.1f s%n", count, (System.nanoTime() - began) / 1e9);
        return tokens;
    }

    /** The bench therapist's confirmed bookings, and how many of them overlap one that starts earlier. */
    private record Table(long confirmed, long overlapping) {
    }

    /**
     * Reads {@link Table}. Sorted by start, a booking overlaps an earlier one exactly when it starts
     * before the latest end among those before it: one pass, where a self-join took 12 s at 5,000.
     */
    private static Table table(Connection db) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM booking WHERE therapist_id = ? AND status = 'CONFIRMED'");
                PreparedStatement overlap = db.prepareStatement("""
                        SELECT count(*) FROM (
                            SELECT starts_at, max(blocked_until) OVER (ORDER BY starts_at, id
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_until
                            FROM booking WHERE therapist_id = ? AND status = 'CONFIRMED') b
                        WHERE starts_at < earlier_until""")) {
            count.setObject(1, THERAPIST);
            overlap.setObject(1, THERAPIST);
            return new Table(single(count), single(overlap));
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
