package io.fascia.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a container image archive written by the build says about the image: the names it is
 * loaded under, and the user, ports, entrypoint and environment it runs with. The archive is the
 * {@code docker save} layout that {@code deploy/images/image-archive} receives from Jib: a tar
 * holding {@code manifest.json}, the image configuration it names, and one file per layer.
 */
record ImageArchive(List<String> repoTags, String user, Set<Integer> exposedPorts, List<String> entrypoint,
        Map<String, String> environment, int layers) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BLOCK = 512;

    static ImageArchive read(Path archive) {
        Map<String, byte[]> small = new HashMap<>();
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] header = new byte[BLOCK];
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
                String name = text(header, 0, 100);
                long size = Long.parseLong(text(header, 124, 12).strip(), 8);
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                // Only the JSON documents are read; layers are skipped without being held.
                if (name.endsWith(".json") && size < 1 << 20) {
                    small.put(name, in.readNBytes((int) size));
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the image archive " + archive, e);
        }
        try {
            JsonNode manifest = JSON.readTree(required(small, "manifest.json", archive)).get(0);
            JsonNode config = JSON.readTree(required(small, manifest.path("Config").asText(), archive)).path("config");
            List<String> tags = new ArrayList<>();
            manifest.path("RepoTags").forEach(t -> tags.add(t.asText()));
            Set<Integer> ports = new TreeSet<>();
            config.path("ExposedPorts").fieldNames().forEachRemaining(p -> ports.add(Integer.parseInt(p.split("/")[0])));
            List<String> entrypoint = new ArrayList<>();
            config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
            Map<String, String> env = new HashMap<>();
            config.path("Env").forEach(e -> {
                String[] pair = e.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
            return new ImageArchive(List.copyOf(tags), config.path("User").asText(""), Set.copyOf(ports),
                    List.copyOf(entrypoint), Map.copyOf(env), manifest.path("Layers").size());
        } catch (IOException e) {
            throw new UncheckedIOException("The image archive " + archive + " holds no readable manifest", e);
        }
    }

    /** The jar the image starts: named on the command line, or handed to the base image's run-java.sh. */
    String startedJar() {
        return entrypoint.stream().filter(a -> a.endsWith(".jar")).findFirst()
                .orElse(environment.getOrDefault("JAVA_APP_JAR", ""));
    }

    private static byte[] required(Map<String, byte[]> files, String name, Path archive) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new IllegalStateException(archive + " has no " + name + ": not an image archive");
        }
        return content;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
