package io.fascia.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The scripts that start Fascia (deploy/fascia), run CI (.ci/run) and write the container images
 * (deploy/images/image-archive) pass ShellCheck with no finding at any severity: a quoting or
 * word-splitting slip there breaks every developer's stack.
 * ShellCheck comes from Debian (apt-get install shellcheck; .ci/run installs it).
 */
class LauncherScriptsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theLauncherAndTheCiEntryPassShellCheck() throws IOException, InterruptedException {
        Path log = Path.of("target", "shellcheck.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process process;
        try {
            process = new ProcessBuilder(List.of("shellcheck", "--severity=style", "--format=gcc", "deploy/fascia", ".ci/run",
                    "deploy/images/image-archive"))
                    .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("ShellCheck is not installed: apt-get install shellcheck (.ci/run installs it)", e);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("shellcheck finished within five minutes").isTrue();
        String findings = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(findings).as("ShellCheck's findings on the scripts").isEmpty();
        assertThat(process.exitValue()).as("shellcheck's exit status").isZero();
    }
}
