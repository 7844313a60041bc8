package io.fascia.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLayersTest {

    @TempDir
    Path sources;

    void write(String pkg, String type, String... imports) throws IOException {
        Path dir = sources.resolve("io/fascia/x/" + pkg);
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("package io.fascia.x." + pkg + ";\n\n");
        for (String i : imports) {
            text.append("import io.fascia.x.").append(i).append(";\n");
        }
        Files.writeString(dir.resolve(type + ".java"), text.append("\nclass ").append(type).append(" {}\n").toString());
    }

    @Test
    void aStackHasNoCyclesAndALoopIsNamed() throws IOException {
        write("core", "Thing");
        write("rules", "Rule", "core.Thing");
        write("web", "Resource", "rules.Rule", "core.Thing");
        assertThat(PackageLayers.of(sources, "io.fascia.x").cycles()).isEmpty();

        write("core", "Helper", "web.Resource");
        assertThat(PackageLayers.of(sources, "io.fascia.x").cycles())
                .contains("core -> web -> core", "core -> web -> rules -> core");
    }
}
