package io.fascia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A Fascia stack (or part of one) that a test run starts and stops through the project's own
 * launcher, {@code deploy/fascia}: the same real PostgreSQL, Kafka broker and Keycloak a developer
 * runs, on free ports and in a run directory of the test's own, so it never touches a stack it
 * did not start.
 */
public final class LocalStack {

    private final Map<String, String> environment = new HashMap<>();

    private static final Logger LOG = Logger.getLogger(LocalStack.class);
    private static final Duration LAUNCHER_TIMEOUT = Duration.ofMinutes(10);

    private final Path runDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private boolean attached;

    private LocalStack(Path runDir) {
        this.runDir = runDir.toAbsolutePath();
    }

    /** A stack whose run directory is {@code target/<name>} of the module under test. */
    public static LocalStack inBuildDirectory(String name) {
        return new LocalStack(Path.of("target", name));
    }

    /** The repository's root: where {@code deploy/fascia} lives. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("fascia.root");
        if (configured != null && Files.isExecutable(Path.of(configured, "deploy", "fascia"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("deploy").resolve("fascia"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/fascia not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * A stack someone already started with {@code deploy/fascia up} in {@code runDir}: its ports are
     * read from the run directory, and {@link #down()} leaves it running. For running system tests
     * against a developer's stack while working on them.
     */
    public static LocalStack attach(Path runDir) {
        LocalStack stack = new LocalStack(runDir);
        stack.attached = true;
        try (var files = Files.list(stack.runDir.resolve("state"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".port")).forEach(f -> {
                String name = f.getFileName().toString().replace(".port", "");
                try {
                    stack.ports.put(name, Integer.parseInt(Files.readString(f).strip()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("No running stack in " + runDir, e);
        }
        return stack;
    }

    /**
     * Extra environment for the launcher and so for every component it starts, such as
     * {@code FASCIA_REVIEW_FOLLOW_UPS} to shorten the follow-up intervals of a test stack.
     */
    public LocalStack withEnvironment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Starts the named components from empty data, each on a free port. */
    public LocalStack up(String... components) {
        for (String component : components) {
            switch (component) {
                case "kafka" -> {
                    ports.put("kafka", freePort());
                    ports.put("kafka-controller", freePort());
                }
                case "keycloak" -> {
                    ports.put("keycloak", freePort());
                    ports.put("keycloak-management", freePort());
                }
                case "greenmail" -> {
                    ports.put("greenmail", freePort());
                    ports.put("greenmail-imap", freePort());
                    ports.put("greenmail-api", freePort());
                }
                default -> ports.put(component, freePort());
            }
        }
        List<String> command = new ArrayList<>(List.of("up", "--fresh"));
        command.addAll(List.of(components));
        long started = System.nanoTime();
        launcher(command);
        LOG.infof("Started %s in %d ms (run directory %s)", String.join(", ", components),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), runDir);
        return this;
    }

    /** Stops these components only (a drill takes the database or the broker away); data and ports stay. */
    public LocalStack stop(String... components) {
        List<String> command = new ArrayList<>(List.of("down"));
        command.addAll(List.of(components));
        launcher(command);
        return this;
    }

    /** Kills these components at once (SIGKILL), as a crash would: no shutdown, no draining. */
    public LocalStack kill(String... components) {
        List<String> command = new ArrayList<>(List.of("down", "--hard"));
        command.addAll(List.of(components));
        launcher(command);
        return this;
    }

    /**
     * Starts services stopped by {@link #stop} again, waiting only until they are alive, not ready:
     * a drill starts one while a dependency it needs for readiness is away.
     */
    public LocalStack startAlive(String... components) {
        List<String> command = new ArrayList<>(List.of("up", "--live"));
        command.addAll(List.of(components));
        launcher(command);
        return this;
    }

    /** Starts components stopped by {@link #stop} again, on their ports, with their data; waits until healthy. */
    public LocalStack start(String... components) {
        List<String> command = new ArrayList<>(List.of("up"));
        command.addAll(List.of(components));
        launcher(command);
        return this;
    }

    /** Stops everything this stack started and removes its data (an attached stack is left alone). */
    public void down() {
        if (attached) {
            return;
        }
        launcher(List.of("down", "--purge"));
    }

    public int port(String component) {
        Integer port = ports.get(component);
        if (port == null) {
            throw new IllegalStateException(component + " was not started by this stack");
        }
        return port;
    }

    public Path runDir() {
        return runDir;
    }

    private void launcher(List<String> arguments) {
        Path root = repositoryRoot();
        List<String> command = new ArrayList<>();
        command.add(root.resolve("deploy").resolve("fascia").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("FASCIA_RUN_DIR", runDir.toString());
        builder.environment().putAll(environment);
        ports.forEach((component, port) -> builder.environment()
                .put("FASCIA_" + component.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT", port.toString()));
        try {
            Files.createDirectories(runDir);
            Path output = runDir.resolve("launcher-" + arguments.get(0) + ".out");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(LAUNCHER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("deploy/fascia " + arguments + " did not finish within " + LAUNCHER_TIMEOUT);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("deploy/fascia " + String.join(" ", arguments) + " failed (exit "
                        + process.exitValue() + "):\n" + printed);
            }
            LOG.debug(printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running deploy/fascia", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
