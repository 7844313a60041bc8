package io.fascia.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTest {

    @Test
    void goesBackOnlyToAPathOnThisSite() {
        assertThat(SignIn.safeNext("/my/bookings?when=past")).isEqualTo("/my/bookings?when=past");
        assertThat(SignIn.safeNext(null)).isEqualTo("/");
        assertThat(SignIn.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignIn.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignIn.safeNext("/\\evil.example")).isEqualTo("/");
    }
}
