package io.fascia.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PackageLayers;

/**
 * Directory's packages form a stack: taxonomy, listing and credential at the bottom; standing (what
 * credentials earn a listing); search and event (the read model and the snapshot); publication
 * (what follows a listing change); practice (listings as managed and shown); verification.
 */
class PackageLayersTest {

    @Test
    void noPackageDependsOnOneAboveIt() {
        PackageLayers layers = PackageLayers.of(Path.of("src/main/java"), "io.fascia.directory");
        assertThat(layers.cycles()).as(layers.toString()).isEmpty();
    }
}
