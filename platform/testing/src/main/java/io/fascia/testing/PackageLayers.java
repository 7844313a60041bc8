package io.fascia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages of a service as a graph of which imports which, read from its sources, so a test
 * can hold that they form a stack: every package depends only on packages below it, and no two
 * packages depend on each other, directly or around a loop.
 */
public final class PackageLayers {

    private final String basePackage;
    private final Map<String, Set<String>> dependsOn;

    private PackageLayers(String basePackage, Map<String, Set<String>> dependsOn) {
        this.basePackage = basePackage;
        this.dependsOn = dependsOn;
    }

    /**
     * Reads the first-level packages under {@code basePackage} in {@code sourceRoot} (such as
     * {@code src/main/java}) and which of them each one imports.
     */
    public static PackageLayers of(Path sourceRoot, String basePackage) {
        Path base = sourceRoot.resolve(basePackage.replace('.', '/'));
        Pattern imported = Pattern.compile("^import (?:static )?" + Pattern.quote(basePackage) + "\\.([a-z0-9]+)\\.",
                Pattern.MULTILINE);
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = base.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Set<String> targets = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher m = imported.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        targets.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageLayers(basePackage, graph);
    }

    public Map<String, Set<String>> dependencies() {
        return dependsOn;
    }

    /** Every loop among the packages, each as the path around it (a -> b -> a); empty for a stack. */
    public List<String> cycles() {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : dependsOn.keySet()) {
            walk(start, new ArrayList<>(), done, cycles);
        }
        return cycles;
    }

    private void walk(String node, List<String> path, Set<String> done, List<String> cycles) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> loop = new ArrayList<>(path.subList(seen, path.size()));
            loop.add(node);
            cycles.add(String.join(" -> ", loop));
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : dependsOn.getOrDefault(node, Set.of())) {
            walk(next, path, done, cycles);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }

    @Override
    public String toString() {
        return basePackage + " " + dependsOn;
    }
}
