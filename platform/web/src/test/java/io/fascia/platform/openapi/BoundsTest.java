package io.fascia.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void aPersonNameIsCutToItsBound() {
        assertThat(Bounds.personName("x".repeat(Bounds.PERSON_NAME + 50))).hasSize(Bounds.PERSON_NAME);
        assertThat(Bounds.personName("Maya Chen")).isEqualTo("Maya Chen");
        assertThat(Bounds.personName(null)).isNull();
    }
}
