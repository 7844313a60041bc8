package io.fascia.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The images the build makes (Quarkus' Jib extension, configured in the root pom) are the images
 * the manifests deploy: same names and tags, the pods' user, the ports the containers declare.
 * The names are checked from the build's configuration on every run; the archives themselves
 * when they were built ({@code -Dfascia.images=true}, which also makes them required here).
 */
class ImagesTest {

    private static final Path ROOT = Rendered.root();
    private static final Map<String, String> BUILD = rootProperties();
    private static final String VERSION = rootVersion();
    private static final Pattern PINNED = Pattern.compile(
            "^[a-z0-9.-]+(:\\d+)?(/[a-z0-9._-]+)+(:[\\w.-]+|@sha256:[0-9a-f]{64})$");

    @ParameterizedTest
    @ValueSource(strings = { "local", "production" })
    void everyDeploymentRunsTheImageItsServiceBuilds(String overlay) {
        Map<String, String> deployed = new TreeMap<>();
        for (ObjectNode deployment : deployments(overlay)) {
            deployed.put(deployment.path("metadata").path("name").asText(), container(deployment).path("image").asText());
        }
        Map<String, String> built = new TreeMap<>();
        Codebase.DEPLOYABLES.forEach(module -> built.put(module, imageOf(module)));
        assertThat(deployed).isEqualTo(built);
        assertThat(built.values()).allMatch(image -> image.startsWith("fascia/") && image.endsWith(":" + VERSION));
    }

    @Test
    void everyDeployableHasTheImageBuilder() throws IOException {
        for (String module : Codebase.DEPLOYABLES) {
            assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
                    .as("%s builds its image with Quarkus' Jib extension", module)
                    .contains("<artifactId>quarkus-container-image-jib</artifactId>");
        }
    }

    @Test
    void theBaseImageIsPinnedAndTheImageRunsAsThePodsUser() {
        String base = BUILD.get("fascia.images.base");
        assertThat(base).as("the base image names a fixed tag or digest").matches(PINNED).doesNotEndWith(":latest");
        assertThat(BUILD.get("quarkus.jib.base-jvm-image")).isEqualTo("${fascia.images.base}");
        for (ObjectNode deployment : deployments("production")) {
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText())
                    .as("%s's pod user", deployment.path("metadata").path("name").asText())
                    .isEqualTo(BUILD.get("quarkus.jib.user"));
        }
    }

    /** Runs on the archives the build wrote; {@code -Dfascia.images=true} requires all of them. */
    @Test
    void everyBuiltArchiveHoldsTheImageItsDeploymentRuns() {
        boolean required = Boolean.getBoolean("fascia.images");
        Map<String, Path> archives = new TreeMap<>();
        Codebase.DEPLOYABLES.forEach(module -> archives.put(module, archiveOf(module)));
        if (required) {
            assertThat(archives.values()).as("-Dfascia.images=true writes every deployable's image").allMatch(Files::exists);
        }
        assumeTrue(archives.values().stream().anyMatch(Files::exists),
                "No image archive was built (./mvnw package -Dfascia.images=true writes them)");
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : deployments("production")) {
            Path archive = archives.get(deployment.path("metadata").path("name").asText());
            if (Files.exists(archive)) {
                problems.addAll(problems(ImageArchive.read(archive), deployment));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anArchiveThatDiffersFromItsDeploymentIsCaught() {
        ObjectNode gateway = deployments("production").stream()
                .filter(d -> "gateway".equals(d.path("metadata").path("name").asText())).findFirst().orElseThrow();
        ImageArchive right = new ImageArchive(List.of(imageOf("gateway")), "185", Set.of(8080),
                List.of("/opt/jboss/container/java/run/run-java.sh"), Map.of("JAVA_APP_JAR", "/home/jboss/quarkus-run.jar"), 7);
        assertThat(problems(right, gateway)).isEmpty();

        ImageArchive wrong = new ImageArchive(List.of("fascia/gateway:latest"), "0", Set.of(9000),
                List.of("java", "-jar", "app.jar"), Map.of(), 7);
        assertThat(problems(wrong, gateway)).hasSize(4).anyMatch(p -> p.contains("fascia/gateway:latest"))
                .anyMatch(p -> p.contains("user 0")).anyMatch(p -> p.contains("9000")).anyMatch(p -> p.contains("app.jar"));
    }

    static List<String> problems(ImageArchive image, ObjectNode deployment) {
        String name = deployment.path("metadata").path("name").asText();
        JsonNode container = container(deployment);
        List<String> problems = new ArrayList<>();
        String expected = container.path("image").asText();
        if (!image.repoTags().contains(expected)) {
            problems.add(name + ": the archive holds " + image.repoTags() + ", the Deployment runs " + expected);
        }
        String podUser = deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText();
        if (!podUser.equals(image.user())) {
            problems.add(name + ": the image runs as user " + image.user() + ", the pod as " + podUser);
        }
        for (JsonNode port : container.path("ports")) {
            if (!image.exposedPorts().contains(port.path("containerPort").asInt())) {
                problems.add(name + ": the container declares port " + port.path("containerPort").asInt()
                        + ", the image exposes " + image.exposedPorts());
            }
        }
        if (!image.startedJar().endsWith("/quarkus-run.jar") && !image.startedJar().equals("quarkus-run.jar")) {
            problems.add(name + ": the image starts '" + image.startedJar() + "', not Quarkus' quarkus-run.jar");
        }
        return problems;
    }

    /** The image reference the build gives a module: the root pom's container-image settings, resolved. */
    static String imageOf(String module) {
        return resolve(BUILD.get("quarkus.container-image.group"), module) + "/"
                + resolve(BUILD.get("quarkus.container-image.name"), module) + ":"
                + resolve(BUILD.get("quarkus.container-image.tag"), module);
    }

    static Path archiveOf(String module) {
        return Path.of(resolve(BUILD.get("quarkus.jib.docker-environment.FASCIA_IMAGE_ARCHIVE"), module));
    }

    /** Resolves the Maven expressions the image settings use, as Maven does for that module. */
    private static String resolve(String value, String module) {
        assertThat(value).as("an image setting in the root pom").isNotNull();
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "project.artifactId" -> module;
                case "project.version" -> VERSION;
                case "project.build.directory" -> ROOT.resolve(module).resolve("target").toString();
                default -> BUILD.get(m.group(1));
            };
            assertThat(replacement).as("the expression %s in %s", m.group(), value).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static List<ObjectNode> deployments(String overlay) {
        return Rendered.overlay(overlay).stream().filter(o -> "Deployment".equals(o.path("kind").asText())).toList();
    }

    private static JsonNode container(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static Document rootPom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the root pom", e);
        }
    }

    private static Map<String, String> rootProperties() {
        Map<String, String> properties = new TreeMap<>();
        Element project = rootPom().getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("properties".equals(child.getNodeName())) {
                for (Node p = child.getFirstChild(); p != null; p = p.getNextSibling()) {
                    if (p instanceof Element e) {
                        properties.put(e.getTagName(), e.getTextContent().strip());
                    }
                }
            }
        }
        return properties;
    }

    private static String rootVersion() {
        Element project = rootPom().getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("version".equals(child.getNodeName())) {
                return child.getTextContent().strip();
            }
        }
        throw new IllegalStateException("The root pom has no version");
    }
}
