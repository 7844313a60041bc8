package io.fascia.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the manifests must agree with, read from the services' own sources: the deployables and the
 * HTTP port each listens on, and every Kafka topic the code names (published through the outbox,
 * consumed, or dead-lettered to).
 */
record Codebase(Map<String, Integer> httpPorts, Set<String> topics) {

    /** The deployables: each module with its own process, named as its Deployment is. */
    static final Set<String> DEPLOYABLES = Set.of("directory-service", "booking-service", "review-service",
            "notification-service", "gateway", "web");

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("TOPIC\\s*=\\s*\"(fascia\\.[a-z]+\\.[a-z0-9-]+\\.v\\d+)\"");
    private static final Pattern TOPIC_NAME = Pattern.compile("^fascia\\.[a-z]+\\.[a-z0-9-]+\\.v\\d+$");

    static Codebase read(Path root) {
        Map<String, Integer> ports = new TreeMap<>();
        Set<String> topics = new TreeSet<>();
        for (String module : DEPLOYABLES) {
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(root.resolve(module).resolve("src/main/resources/application.properties"))) {
                config.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + module + "'s configuration", e);
            }
            ports.put(module, Integer.parseInt(config.getProperty("quarkus.http.port")));
            for (String key : config.stringPropertyNames()) {
                String value = config.getProperty(key).strip();
                if (key.endsWith(".topic") || key.endsWith(".topics")) {
                    for (String topic : value.split(",")) {
                        if (TOPIC_NAME.matcher(topic.strip()).matches()) {
                            topics.add(topic.strip());
                        }
                    }
                }
            }
            try (Stream<Path> sources = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    try {
                        Matcher m = TOPIC_CONSTANT.matcher(Files.readString(p));
                        while (m.find()) {
                            topics.add(m.group(1));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + module + "'s sources", e);
            }
        }
        return new Codebase(Map.copyOf(ports), Set.copyOf(topics));
    }
}
