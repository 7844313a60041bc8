package io.fascia.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

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

    @Test
    void eachOfSeveralReplicasKeepsItsShareRoundedUp() {
        assertThat(RateLimits.shareOf(600, 1)).isEqualTo(600);
        assertThat(RateLimits.shareOf(600, 3)).isEqualTo(200);
        assertThat(RateLimits.shareOf(30, 4)).isEqualTo(8);
        assertThat(RateLimits.shareOf(2, 3)).isEqualTo(1);
        assertThatThrownBy(() -> RateLimits.shareOf(30, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeReplicasBehindABalancerTogetherKeepTheConfiguredLimit() {
        // A caller's requests spread round-robin over three gateways, as a Service spreads them.
        List<RateLimits> replicas = List.of(new RateLimits(Duration.ofMinutes(1)), new RateLimits(Duration.ofMinutes(1)),
                new RateLimits(Duration.ofMinutes(1)));
        int limit = 30;
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (replicas.get(i % 3).take("address:x:write", RateLimits.shareOf(limit, 3), 0).allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(limit);
    }
}
