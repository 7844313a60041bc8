package io.fascia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, clock);

    @Test
    void aVerifiedTokenIsAnsweredUntilItExpiresAndNotAtItsExpiry() {
        assertThat(tokens.remember("header.claims.signature", "alice", NOW.plusSeconds(300))).isTrue();

        clock.move(Duration.ofSeconds(299));
        assertThat(tokens.find("header.claims.signature")).contains("alice");
        clock.move(Duration.ofSeconds(1));
        assertThat(tokens.find("header.claims.signature")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void onlyTheExactTokenIsAnswered() {
        tokens.remember("header.claims.signature", "alice", NOW.plusSeconds(300));

        assertThat(tokens.find("header.claims.signaturf")).isEmpty();
        assertThat(tokens.find("header.claims.signature ")).isEmpty();
        assertThat(tokens.find("header.claims")).isEmpty();
        assertThat(tokens.find("header.claims.signature")).contains("alice");
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        assertThat(tokens.remember("late", "alice", NOW)).isFalse();
        assertThat(tokens.remember("later", "alice", NOW.minusSeconds(1))).isFalse();

        assertThat(tokens.find("late")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheKeepsAtMostItsBound() {
        for (int i = 0; i < 50; i++) {
            tokens.remember("token-" + i, "user-" + i, NOW.plusSeconds(300));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
