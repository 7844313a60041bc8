package io.fascia.review.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.review.outcome.OutcomeSnapshot;
import io.fascia.review.outcome.Outcomes;
import io.fascia.review.session.SessionEvent;
import io.fascia.review.session.Sessions;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the demo on, demo clients' sessions tell the story: medical relief lasts, relaxation relief fades. */
@QuarkusTest
@TestProfile(DemoReviewsTest.DemoOn.class)
@QuarkusTestResource(PostgresAndKafka.class)
class DemoReviewsTest {

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fascia.demo.enabled", "true");
        }
    }

    @Inject
    Sessions sessions;

    @Inject
    Outcomes outcomes;

    @Test
    void medicalReliefLastsAndRelaxationReliefFades() {
        UUID myofascial = UUID.randomUUID();
        UUID spa = UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            complete(myofascial, "demo-client-theo-" + i, "upper-back-pain", 7, "MEDICAL", 30 + 5 * i);
            complete(spa, "demo-client-spa-" + i, "upper-back-pain", 7, "RELAXATION", 30 + 5 * i);
        }
        complete(myofascial, "a-real-client", "upper-back-pain", 7, "MEDICAL", 30);

        // The demo's scheduled pass finds the completions and reviews them.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                reviews(myofascial) == 6 && reviews(spa) == 6);
        OutcomeSnapshot.ConditionOutcome medical = outcomes.of(myofascial).get(0);
        OutcomeSnapshot.ConditionOutcome relaxation = outcomes.of(spa).get(0);
        assertThat(medical.reviewCount()).as("only demo clients get made-up reviews").isEqualTo(6);
        assertThat(relaxation.meanPainChangeAfterSession()).isLessThan(medical.meanPainChangeAfterSession());
        assertThat(relaxation.meanPainChangeAt4Weeks()).isZero();
        assertThat(medical.meanPainChangeAt4Weeks()).isLessThanOrEqualTo(-2.0);
        assertThat(medical.durableResponderShare()).isGreaterThan(0.5);
        assertThat(relaxation.durableResponderShare()).isZero();
        assertThat(medical.shrunkScore()).isGreaterThan(relaxation.shrunkScore());
    }

    private int reviews(UUID therapist) {
        return outcomes.of(therapist).stream().mapToInt(OutcomeSnapshot.ConditionOutcome::reviewCount).sum();
    }

    private void complete(UUID therapist, String client, String condition, int baseline, String type, int daysAgo) {
        Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
        sessions.apply(UUID.randomUUID().toString(), SessionEvent.COMPLETED, new SessionEvent(UUID.randomUUID(), therapist,
                client, start, type, condition, List.of("upper-back"), baseline, start.plus(Duration.ofHours(1))));
    }
}
