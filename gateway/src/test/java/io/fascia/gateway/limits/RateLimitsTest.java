package io.fascia.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aCallerBurstsUpToTheLimitThenWaitsForTheBucketToRefill() {
        RateLimits limits = new RateLimits(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("subject:a:write", 3, 0).allowed()).isTrue();
        }
        RateLimits.Decision refused = limits.take("subject:a:write", 3, 0);
        assertThat(refused.allowed()).isFalse();
        // 3 per minute: one more every 20 s.
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(limits.take("subject:a:write", 3, 19 * SECOND).allowed()).isFalse();
        assertThat(limits.take("subject:a:write", 3, 40 * SECOND).allowed()).isTrue();
    }

    @Test
    void eachDecisionSaysWhatIsLeftAndWhenTheBucketIsFullAgain() {
        RateLimits limits = new RateLimits(Duration.ofMinutes(1));
        RateLimits.Decision first = limits.take("address:x:read", 3, 0);
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.fullInSeconds()).isEqualTo(20);
        limits.take("address:x:read", 3, 0);
        RateLimits.Decision last = limits.take("address:x:read", 3, 0);
        assertThat(last.remaining()).isZero();
        assertThat(last.fullInSeconds()).isEqualTo(60);
        RateLimits.Decision refused = limits.take("address:x:read", 3, 10 * SECOND);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void callersAndKindsOfRequestHaveTheirOwnBuckets() {
        RateLimits limits = new RateLimits(Duration.ofMinutes(1));
        assertThat(limits.take("subject:a:write", 1, 0).allowed()).isTrue();
        assertThat(limits.take("subject:a:write", 1, 0).allowed()).isFalse();
        assertThat(limits.take("subject:a:read", 1, 0).allowed()).isTrue();
        assertThat(limits.take("subject:b:write", 1, 0).allowed()).isTrue();
    }
}
