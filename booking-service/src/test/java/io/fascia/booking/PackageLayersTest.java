package io.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PackageLayers;

/**
 * Booking's packages form a stack: therapist (the replica) and booking (the core) at the bottom;
 * availability, intake and plan on it; detail; the client's and the therapist's sides on top.
 */
class PackageLayersTest {

    @Test
    void noPackageDependsOnOneAboveIt() {
        PackageLayers layers = PackageLayers.of(Path.of("src/main/java"), "io.fascia.booking");
        assertThat(layers.cycles()).as(layers.toString()).isEmpty();
    }
}
