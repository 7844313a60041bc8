package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import io.fascia.directory.listing.Offering;
import io.fascia.directory.search.SearchCriteria;
import io.fascia.directory.search.SearchSql;
import io.fascia.directory.standing.Badge;

/**
 * Search latency and throughput of directory-service next to the same statements run as bare SQL
 * on the same database, for a mix of realistic questions over a country of listings.
 *
 * <pre>
 * deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.args="--listings 50000 --requests 3000 --concurrency 4"
 * </pre>
 *
 * Options: --db JDBC URL (default the local stack's directory database), --service base URL of
 * directory-service (default http://localhost:8081), --listings, --requests, --warmup,
 * --concurrency, --keep (leave the generated listings in place), --explain (print the plan of one
 * question of each kind, EXPLAIN ANALYZE with buffers, instead of timing them).
 */
public final class DirectorySearchBenchmark {

    private static final Logger LOG = Logger.getLogger(DirectorySearchBenchmark.class.getName());

    /** Where people search from: large US cities, so some searches find many listings and some few. */
    private static final double[][] CITIES = {
            { 40.7128, -74.0060 }, { 34.0522, -118.2437 }, { 41.8781, -87.6298 }, { 29.7604, -95.3698 },
            { 33.4484, -112.0740 }, { 39.9526, -75.1652 }, { 29.4241, -98.4936 }, { 32.7157, -117.1611 },
            { 32.7767, -96.7970 }, { 30.2672, -97.7431 }, { 37.7749, -122.4194 }, { 47.6062, -122.3321 },
            { 39.7392, -104.9903 }, { 42.3601, -71.0589 }, { 36.1627, -86.7816 }, { 45.5152, -122.6784 },
            { 35.2271, -80.8431 }, { 38.9072, -77.0369 }, { 44.9778, -93.2650 }, { 25.7617, -80.1918 } };
    private static final String[] CONDITIONS = { "low-back-pain", "upper-back-pain", "neck-pain", "tension-headache",
            "sciatica", "shoulder-pain", "migraine", "hip-pain", "knee-it-band", "plantar-fasciitis" };
    private static final String[] REGIONS = { "low-back", "neck", "shoulder", "upper-back", "hip", "knee" };

    /** One question, as the service gets it and as the criteria SearchSql turns into a statement. */
    record Question(String kind, String queryString, SearchCriteria criteria) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String jdbc = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:15432/directory?user=directory&password=directory");
        String service = options.getOrDefault("service", "http://localhost:8081");
        int listings = Integer.parseInt(options.getOrDefault("listings", "50000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));

        try (Connection db = DriverManager.getConnection(jdbc)) {
            int present = SearchDataGenerator.existing(db);
            if (present < listings) {
                SearchDataGenerator.remove(db);
                long started = System.nanoTime();
                SearchDataGenerator.generate(db, listings);
                LOG.info(() -> String.format("Generated %d listings in %.1f s", listings, (System.nanoTime() - started) / 1e9));
            }
            try {
                List<Question> questions = questions(requests + warmup, new Random(42));
                Map<String, SqlInputs> inputs = sqlInputs(db);
                if (options.containsKey("explain")) {
                    explain(db, questions, inputs);
                    return;
                }
                Result http = run("service (HTTP)", questions, warmup, concurrency, question -> httpSearch(service, question));
                Result sql = run("bare SQL", questions, warmup, concurrency, sqlRunner(jdbc, inputs, true));
                Result before = run("SQL, no openings", questions, warmup, concurrency, sqlRunner(jdbc, inputs, false));
                report(listings, concurrency, http, sql, before);
                mixReport(questions.subList(warmup, questions.size()), http, sql, before);
            } finally {
                if (!options.containsKey("keep")) {
                    SearchDataGenerator.remove(db);
                }
            }
        }
    }

    /** What SearchService looks up before it builds its statement. */
    record SqlInputs(List<String> suited) {
    }

    private static Map<String, SqlInputs> sqlInputs(Connection db) throws SQLException {
        Map<String, SqlInputs> inputs = new HashMap<>();
        for (String condition : CONDITIONS) {
            inputs.put("c:" + condition, new SqlInputs(
                    strings(db, "SELECT technique_code FROM condition_technique WHERE condition_code = ?", condition)));
        }
        for (String region : REGIONS) {
            inputs.put("r:" + region, new SqlInputs(strings(db, """
                    SELECT DISTINCT ct.technique_code FROM condition_technique ct
                    JOIN condition_symptom_region r ON r.condition_code = ct.condition_code WHERE r.region_code = ?""", region)));
        }
        inputs.put("none", new SqlInputs(List.of()));
        return inputs;
    }

    interface Runner {
        int search(Question question) throws Exception;
    }

    /** @param withOpenings false runs the statements as they were before search knew next openings */
    private static Runner sqlRunner(String jdbc, Map<String, SqlInputs> inputs, boolean withOpenings) {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(jdbc);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return question -> {
            SearchCriteria c = question.criteria();
            SqlInputs in = inputs.get(c.condition() != null ? "c:" + c.condition() : c.region() != null ? "r:" + c.region() : "none");
            SearchSql statement = SearchSql.of(c, in.suited(), LocalDate.now(), withOpenings);
            try (PreparedStatement ps = prepare(connections.get(), "", statement)) {
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            }
        };
    }

    /** The statement as JDBC takes it: JDBC has no numbered parameters, so each ?n is expanded in order. */
    private static PreparedStatement prepare(Connection db, String prefix, SearchSql statement) throws SQLException {
        PreparedStatement ps = db.prepareStatement(prefix + statement.sql().replaceAll("\\?\\d+", "?"));
        List<Object> ordered = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(statement.sql());
        while (m.find()) {
            ordered.add(statement.params().get(Integer.parseInt(m.group(1)) - 1));
        }
        for (int i = 0; i < ordered.size(); i++) {
            Object value = ordered.get(i);
            if (value instanceof String[] array) {
                ps.setArray(i + 1, db.createArrayOf("text", array));
            } else {
                ps.setObject(i + 1, value);
            }
        }
        return ps;
    }

    /** The plan of the first question of each kind, as PostgreSQL ran it, with the buffers it touched. */
    private static void explain(Connection db, List<Question> questions, Map<String, SqlInputs> inputs) throws SQLException {
        Map<String, Question> firstOfKind = new java.util.TreeMap<>();
        questions.forEach(q -> firstOfKind.putIfAbsent(q.kind(), q));
        for (Question question : firstOfKind.values()) {
            SearchCriteria c = question.criteria();
            SqlInputs in = inputs.get(c.condition() != null ? "c:" + c.condition()
                    : c.region() != null ? "r:" + c.region() : "none");
            StringBuilder plan = new StringBuilder(
                    String.format(Locale.ROOT, "%n== %s: %s%n", question.kind(), question.queryString()));
            try (PreparedStatement ps = prepare(db, "EXPLAIN (ANALYZE, BUFFERS) ", SearchSql.of(c, in.suited(), LocalDate.now()));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            System.out.print(plan); // the plans are this mode's output
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int httpSearch(String service, Question question) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(service + "/api/v1/directory/search?" + question.queryString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + question.queryString() + ": "
                    + response.body());
        }
        return response.body().length();
    }

    record Result(String name, long[] nanos, double seconds, int errors) {
    }

    private static Result run(String name, List<Question> questions, int warmup, int concurrency, Runner runner)
            throws Exception {
        for (Question question : questions.subList(0, warmup)) {
            runner.search(question);
        }
        List<Question> measured = questions.subList(warmup, questions.size());
        long[] nanos = new long[measured.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < measured.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        runner.search(measured.get(i));
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            LOG.warning(name + ": " + e.getMessage());
                        }
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(name, nanos, seconds, errors.get());
    }

    private static void report(int listings, int concurrency, Result... results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nDirectory search: %d listings, %d requests, concurrency %d%n", listings, results[0].nanos().length,
                concurrency));
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s %11s %7s%n", "", "p50 ms", "p95 ms", "p99 ms",
                "mean ms", "req/s", "errors"));
        for (Result r : results) {
            long[] sorted = r.nanos().clone();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "%-16s %9.2f %9.2f %9.2f %9.2f %11.1f %7d%n", r.name(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    Arrays.stream(sorted).average().orElse(0) / 1e6, sorted.length / r.seconds(), r.errors()));
        }
        long[] service = results[0].nanos().clone();
        long[] bare = results[1].nanos().clone();
        Arrays.sort(service);
        Arrays.sort(bare);
        out.append(String.format(Locale.ROOT, "service p95 / bare SQL p95 = %.2f%n", percentile(service, 95) / percentile(bare, 95)));
        if (results.length > 2) {
            long[] before = results[2].nanos().clone();
            Arrays.sort(before);
            out.append(String.format(Locale.ROOT, "bare SQL p95 with next openings / without = %.2f (p50 %.2f)%n",
                    percentile(bare, 95) / percentile(before, 95), percentile(bare, 50) / percentile(before, 50)));
        }
        System.out.print(out); // the benchmark's output is its figures
    }

    private static void mixReport(List<Question> measured, Result http, Result sql, Result before) {
        Map<String, List<Integer>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < measured.size(); i++) {
            byKind.computeIfAbsent(measured.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s %6s %14s %14s %20s%n", "question", "share",
                "service p95 ms", "SQL p95 ms", "no-openings p95 ms"));
        byKind.forEach((kind, indexes) -> out.append(String.format(Locale.ROOT, "%-34s %5.0f%% %14.2f %14.2f %20.2f%n", kind,
                100.0 * indexes.size() / measured.size(), p95(http.nanos(), indexes), p95(sql.nanos(), indexes),
                p95(before.nanos(), indexes))));
        System.out.print(out);
    }

    private static double p95(long[] nanos, List<Integer> indexes) {
        long[] picked = indexes.stream().mapToLong(i -> nanos[i]).sorted().toArray();
        return percentile(picked, 95);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** A realistic mix: most people search for their condition near home. */
    static List<Question> questions(int count, Random random) {
        List<Question> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] city = CITIES[random.nextInt(CITIES.length)];
            String condition = CONDITIONS[random.nextInt(CONDITIONS.length)];
            double roll = random.nextDouble();
            String near = city[0] + "," + city[1];
            if (roll < 0.30) {
                questions.add(question("condition near", "condition=" + condition + "&near=" + near,
                        condition, null, List.of(), List.of(), city, 25, null, null, null, List.of()));
            } else if (roll < 0.40) {
                questions.add(new Question("condition near, free within 7 days", "condition=" + condition + "&near=" + near
                        + "&availableWithinDays=7", new SearchCriteria(condition, null, List.of(), List.of(), city[0], city[1],
                        25, null, null, null, null, List.of(), 0, 20, null, 7)));
            } else if (roll < 0.55) {
                questions.add(question("condition near, technique", "condition=" + condition + "&near=" + near
                        + "&technique=myofascial-release", condition, null, List.of("myofascial-release"), List.of(), city, 25,
                        null, null, null, List.of()));
            } else if (roll < 0.70) {
                String region = REGIONS[random.nextInt(REGIONS.length)];
                questions.add(question("region near, max price", "region=" + region + "&near=" + near
                        + "&maxPrice=140&offeringKind=INITIAL_ASSESSMENT", null, region, List.of(), List.of(), city, 25,
                        14000, Offering.Kind.INITIAL_ASSESSMENT, null, List.of()));
            } else if (roll < 0.80) {
                questions.add(question("condition nationwide", "condition=" + condition, condition, null, List.of(),
                        List.of(), null, 25, null, null, null, List.of()));
            } else if (roll < 0.90) {
                questions.add(question("condition near, badge, language, 50km", "condition=" + condition + "&near=" + near
                        + "&radiusKm=50&badge=MEDICAL_MASSAGE&language=es", condition, null, List.of(), List.of(), city, 50,
                        null, null, "es", List.of(Badge.MEDICAL_MASSAGE)));
            } else {
                questions.add(question("near only, scraping allowed", "near=" + near + "&toolTechnique=iastm", null, null,
                        List.of(), List.of("iastm"), city, 25, null, null, null, List.of()));
            }
        }
        return questions;
    }

    private static Question question(String kind, String query, String condition, String region, List<String> techniques,
            List<String> tools, double[] city, double radius, Integer maxPriceCents, Offering.Kind offeringKind,
            String language, List<Badge> badges) {
        return new Question(kind, query, new SearchCriteria(condition, region, techniques, tools,
                city == null ? null : city[0], city == null ? null : city[1], radius, language, maxPriceCents, offeringKind,
                null, badges, 0, 20, null));
    }

    private static List<String> strings(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, param);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
