package io.fascia.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the web app adds to a search: the public search page (server-rendered HTML) and the API
 * call it wraps, both through the gateway, anonymous, interleaved in the same run, with p50/p95/p99
 * and the page's share of the API's p95 (target: at most +30%). First a popular search, the same
 * one again and again (the web app keeps public results and anonymous pages for seconds, so this
 * is mostly its cache); then every search a different one (each request a few metres from the
 * last), so nothing is cached and every page renders from a fresh API call. Then the weight a first visit
 * downloads for the page, compressed as the gateway serves it (target: JS+CSS under 60 KB).
 * Anonymous reads are limited per address, so start the stack with a limit it cannot hit:
 *
 * <pre>
 * FASCIA_GATEWAY_RATE_LIMIT_ADDRESS_READS=100000000 deploy/fascia up
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=io.fascia.bench.WebSearchBenchmark \
 *     -Dexec.args="--requests 2000 --concurrency 4"
 * </pre>
 *
 * Options: --gateway (http://localhost:8080), --condition (upper-back-pain), --place (Portland, OR
 * at 45.52,-122.68), --requests per side, --warmup per side, --concurrency. With --breakdown it
 * also times each hop on its own: the page straight from the web app (--web, http://localhost:8084)
 * against the API through the gateway (what rendering adds), and the API straight from
 * directory-service (--directory, http://localhost:8081) against the API through the gateway
 * (what one pass through the gateway adds).
 */
public final class WebSearchBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        String condition = options.getOrDefault("condition", "upper-back-pain");
        int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        // The page turns "Portland, OR" into these coordinates from its gazetteer; the API gets them.
        String page = gateway + "/search?condition=" + condition + "&place=Portland%2C+OR";
        String api = gateway + "/api/v1/directory/search?condition=" + condition + "&near=45.5200,-122.6800&page=0&size=10";

        HttpRequest pageRequest = get(page, "text/html");
        HttpRequest apiRequest = get(api, "application/json");
        BenchSupport.interleaved(HTTP, pageRequest, apiRequest, warmup, concurrency);
        long[][] measured = BenchSupport.interleaved(HTTP, pageRequest, apiRequest, requests, concurrency);

        System.out.printf(Locale.ROOT, "%nSearch for %s near Portland, OR, anonymous, through the gateway: %d requests per side, "
                + "%d in flight, interleaved%n", condition, requests, concurrency);
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
        BenchSupport.printRow("search page (HTML)", measured[0]);
        BenchSupport.printRow("the API call it wraps", measured[1]);
        double pageP95 = BenchSupport.percentile(measured[0], 95);
        double apiP95 = BenchSupport.percentile(measured[1], 95);
        System.out.printf(Locale.ROOT, "the page adds %.1f%% to the API's p95 (target: at most 30%%)%n",
                (pageP95 / apiP95 - 1) * 100);

        long[][] distinct = BenchSupport.interleaved(HTTP,
                i -> get(gateway + "/search?condition=" + condition + "&near=" + nearby(i), "text/html"),
                i -> get(gateway + "/api/v1/directory/search?condition=" + condition + "&near=" + nearby(i)
                        + "&page=0&size=10", "application/json"),
                requests, concurrency);
        System.out.printf(Locale.ROOT, "%nEvery search a different one (nothing cached), same run:%n");
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
        BenchSupport.printRow("search page (HTML)", distinct[0]);
        BenchSupport.printRow("the API call it wraps", distinct[1]);
        System.out.printf(Locale.ROOT, "the page adds %.1f%% to the API's p95%n",
                (BenchSupport.percentile(distinct[0], 95) / BenchSupport.percentile(distinct[1], 95) - 1) * 100);

        if (options.containsKey("breakdown")) {
            String web = options.getOrDefault("web", "http://localhost:8084");
            String directory = options.getOrDefault("directory", "http://localhost:8081");
            HttpRequest pageAtWeb = get(page.replace(gateway, web), "text/html");
            HttpRequest apiAtDirectory = get(api.replace(gateway, directory), "application/json");
            long[][] rendering = BenchSupport.interleaved(HTTP, pageAtWeb, apiRequest, requests, concurrency);
            long[][] passing = BenchSupport.interleaved(HTTP, apiAtDirectory, apiRequest, requests, concurrency);
            System.out.printf(Locale.ROOT, "%nEach hop on its own (two more runs of %d per side):%n", requests);
            System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
            BenchSupport.printRow("page straight from web", rendering[0]);
            BenchSupport.printRow("API through the gateway", rendering[1]);
            BenchSupport.printRow("API from directory", passing[0]);
            BenchSupport.printRow("API through the gateway", passing[1]);
        }

        System.out.printf(Locale.ROOT, "%nWhat a first visit downloads for the page (compressed, as served):%n");
        long scripts = 0;
        long html = weight(page);
        System.out.printf(Locale.ROOT, "  %-48s %7.1f KB%n", "/search (HTML)", html / 1024.0);
        for (String asset : List.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/js/app.js", "/css/fascia.css")) {
            long bytes = weight(gateway + asset);
            scripts += bytes;
            System.out.printf(Locale.ROOT, "  %-48s %7.1f KB%n", asset, bytes / 1024.0);
        }
        System.out.printf(Locale.ROOT, "  %-48s %7.1f KB (target: under 60 KB)%n", "JS + CSS", scripts / 1024.0);
    }

    /** The i-th point of a walk north from Portland's centre, about 11 m a step: no two searches alike. */
    private static String nearby(int i) {
        return String.format(Locale.ROOT, "%.4f,-122.6800", 45.5200 + i * 0.0001);
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Bytes on the wire with gzip accepted, as a browser asks. */
    private static long weight(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
