package io.fascia.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.fascia.platform.problem.ProblemException;

/** The one rule for deciding a comment or a reply, without a database. */
class ModerationStateTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static int status(Runnable decision) {
        try {
            decision.run();
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    @Test
    void aWrittenTextWaitsAndNoTextHasNothingToModerate() {
        assertThat(ModerationState.of(null).status()).isEqualTo(ModerationState.Status.NONE);
        assertThat(ModerationState.of(null).exists()).isFalse();
        assertThat(ModerationState.of("Helped a lot").status()).isEqualTo(ModerationState.Status.PENDING);
        assertThat(ModerationState.of("Helped a lot").approved()).isFalse();
    }

    @Test
    void aPendingTextIsDecidedOnceAndARejectionGivesItsReason() {
        ModerationState approved = ModerationState.of("Helped a lot");
        approved.decide("comment", "admin-1", true, null, NOW);
        assertThat(approved.approved()).isTrue();
        assertThat(status(() -> approved.decide("comment", "admin-2", false, "spam", NOW))).as("decided already").isEqualTo(409);

        ModerationState rejected = ModerationState.of("Call me on 555-0100");
        assertThat(status(() -> rejected.decide("reply", "admin-1", false, " ", NOW))).as("no reason").isEqualTo(400);
        assertThat(rejected.status()).isEqualTo(ModerationState.Status.PENDING);
        rejected.decide("reply", "admin-1", false, "Contact details are not allowed", NOW);
        assertThat(rejected.status()).isEqualTo(ModerationState.Status.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Contact details are not allowed");
        assertThatThrownBy(() -> ModerationState.of(null).decide("comment", "admin-1", true, null, NOW))
                .isInstanceOf(ProblemException.class);
    }
}
