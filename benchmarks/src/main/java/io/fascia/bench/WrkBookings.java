package io.fascia.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BookingBenchmark's measured bookings sent by wrk ({@code --client wrk}; Debian's package, {@code
 * apt-get install -y wrk}) with {@code wrk/booking.lua}: the same requests as the Java client, from a
 * load generator that takes far less of the two cores it shares with the stack (the JDK's HTTP
 * client spent about 1.9 ms of CPU per booking, a third of the stack's own). wrk runs for a
 * duration, not a count, so the run's figures are per completed request.
 */
final class WrkBookings {

    private static final Pattern COMPLETED = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)");
    private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+(\\S+)$", Pattern.MULTILINE);

    private WrkBookings() {
    }

    /** What wrk reported: completed requests, the run's length, how many were not 2xx, its latency line. */
    record Run(int requests, double seconds, int not2xx, String socketErrors, String latency) {
    }

    /**
     * Books {@code seconds} long over {@code connections} connections, booking i (from {@code from})
     * at the i-th start after {@code firstStartEpoch}, as the Java client numbers them.
     */
    static Run book(String service, List<String> tokens, long firstStartEpoch, int from, UUID therapist, UUID offering,
            int connections, int seconds) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("fascia-wrk");
        try {
            Path script = dir.resolve("booking.lua");
            try (InputStream lua = WrkBookings.class.getResourceAsStream("/wrk/booking.lua")) {
                Files.write(script, lua.readAllBytes());
            }
            Path tokenFile = dir.resolve("tokens");
            Files.write(tokenFile, tokens);
            int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
            List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(threads), "-c",
                    Integer.toString(connections), "-d", seconds + "s", "--timeout", "30s", "--latency", "-s", script.toString(),
                    service, "--", tokenFile.toString(), Long.toString(firstStartEpoch), Integer.toString(from),
                    therapist.toString(), offering.toString(), UUID.randomUUID().toString().substring(0, 8),
                    Integer.toString(threads)));
            Process wrk;
            try {
                wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException missing) {
                throw new IllegalStateException("--client wrk needs wrk on the PATH (apt-get install -y wrk)", missing);
            }
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            return parse(out);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    static Run parse(String out) {
        Matcher completed = COMPLETED.matcher(out);
        if (!completed.find()) {
            throw new IllegalStateException("No request count in wrk's output:\n" + out);
        }
        double length = Double.parseDouble(completed.group(2));
        double seconds = switch (completed.group(3)) {
            case "ms" -> length / 1000;
            case "m" -> length * 60;
            default -> length;
        };
        Matcher not2xx = NOT_2XX.matcher(out);
        Matcher socketErrors = SOCKET_ERRORS.matcher(out);
        StringBuilder latency = new StringBuilder();
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            latency.append(latency.length() == 0 ? "" : ", ").append('p').append(percentile.group(1)).append(' ')
                    .append(percentile.group(2));
        }
        return new Run(Integer.parseInt(completed.group(1)), seconds, not2xx.find() ? Integer.parseInt(not2xx.group(1)) : 0,
                socketErrors.find() ? socketErrors.group(1).strip() : "none", latency.toString());
    }
}
