package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's combined OpenAPI document, as a client generator would read it, linted by Spectral
 * with its OpenAPI rules and the OWASP API Security ruleset ({@code openapi-lint/.spectral.yaml}
 * says what is changed and why). Any error or warning fails the build. Spectral comes from npm into
 * {@code openapi-lint/node_modules} (git-ignored) the first time.
 */
@ExtendWith(WholeStack.class)
class OpenApiContractIT {

    private static final Path LINT = Path.of("openapi-lint");
    private static final Path OUT = Path.of("target", "openapi");

    @Test
    void theCombinedDocumentPassesSpectralAndTheOwaspRules() throws Exception {
        String document = given().when().get("/api/v1/openapi.json")
                .then().statusCode(200).body("x-fascia-unavailable", empty())
                .extract().asString();
        Files.createDirectories(OUT);
        Path file = OUT.resolve("fascia-openapi.json").toAbsolutePath();
        Files.writeString(file, document);

        JsonNode findings = new ObjectMapper().readTree(spectral(file));
        Map<String, Integer> counts = new TreeMap<>();
        List<String> left = new ArrayList<>();
        for (JsonNode finding : findings) {
            String severity = switch (finding.path("severity").asInt()) {
                case 0 -> "error";
                case 1 -> "warning";
                case 2 -> "info";
                default -> "hint";
            };
            counts.merge(severity, 1, Integer::sum);
            if (finding.path("severity").asInt() <= 1) {
                left.add(severity + " " + finding.path("code").asText() + " at " + finding.path("path") + ": "
                        + finding.path("message").asText());
            }
        }
        Files.writeString(OUT.resolve("spectral-summary.txt"), "Spectral on " + file + ": " + counts + System.lineSeparator()
                + String.join(System.lineSeparator(), left) + System.lineSeparator());
        assertThat(left).as("Spectral errors and warnings (fix them, or justify a change in openapi-lint/.spectral.yaml)")
                .isEmpty();
    }

    /** Runs Spectral on the document and returns its JSON findings. */
    private static String spectral(Path document) throws IOException, InterruptedException {
        Path spectral = LINT.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(spectral)) {
            // Once per checkout: the versions pinned in package-lock.json, from the npm registry.
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), OUT.resolve("npm-ci.log"));
        }
        Path result = OUT.resolve("spectral.json");
        int exit = run(List.of(spectral.toAbsolutePath().toString(), "lint", document.toString(), "--ruleset", ".spectral.yaml",
                "--format", "json", "--output", result.toAbsolutePath().toString(), "--fail-severity", "error"),
                OUT.resolve("spectral.log"));
        assertThat(Files.exists(result)).as("Spectral wrote no findings (exit %d); see %s", exit, OUT.resolve("spectral.log"))
                .isTrue();
        return Files.readString(result, StandardCharsets.UTF_8);
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toAbsolutePath().toFile()).start();
        // npm ci downloads; on a loaded machine that can take minutes. Bounded, never forever.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes; see " + log);
        }
        if (command.get(0).equals("npm") && process.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed (Node.js and npm are needed; .ci/run installs them): "
                    + Files.readString(log));
        }
        return process.exitValue();
    }
}
