package io.fascia.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The objects an overlay renders to, as {@code kubectl kustomize} builds them (no cluster needed). */
final class Rendered {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Rendered() {
    }

    /** The repository's root (Maven passes it; a run from the module's directory finds it upwards). */
    static Path root() {
        String configured = System.getProperty("fascia.root");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No repository root (with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /**
     * The CRD schemas, read where the team keeps them, never copied into the repository:
     * {@code FASCIA_SHARED} (or {@code -Dfascia.shared}) if set, else a {@code shared/} folder beside
     * the checkout or one of its parents, else the workplace's {@code /work/shared}.
     */
    static Path crdSchemas() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("fascia.shared", System.getenv("FASCIA_SHARED"));
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = root().getParent(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared"));
        }
        candidates.add(Path.of("/work/shared"));
        return candidates.stream().map(c -> c.resolve("k8s-schemas")).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("The custom resources' schemas (shared/k8s-schemas) are not in "
                        + candidates + ": set FASCIA_SHARED to the folder that holds k8s-schemas"));
    }

    static Path kubernetes() {
        return root().resolve("deploy/kubernetes");
    }

    /** Renders {@code deploy/kubernetes/overlays/NAME}. */
    static List<ObjectNode> overlay(String name) {
        Path dir = kubernetes().resolve("overlays").resolve(name);
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = kubectl.getInputStream().readAllBytes();
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl renders the overlays: install it (it is on Fascia's build machines)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every document of a multi-document YAML stream. */
    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Rendered manifests are not YAML", e);
        }
        return objects;
    }
}
