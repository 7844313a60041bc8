package io.fascia.review.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fascia.platform.problem.ProblemException;
import io.fascia.review.followup.CheckIn;
import io.fascia.review.moderation.ModerationState;
import io.fascia.review.session.Session;

/** When a session is reviewable, what a review accepts, and when a check-in is answered; without a database. */
class ReviewRulesTest {

    static final Instant COMPLETED = Instant.parse("2026-03-02T10:00:00Z");
    static final Duration WINDOW = Duration.ofDays(30);

    static Session completed(String condition) {
        return new Session(UUID.randomUUID(), UUID.randomUUID(), "client-1", COMPLETED.minus(Duration.ofHours(1)), "MEDICAL",
                condition, 7, COMPLETED);
    }

    static ReviewRequest request(ReviewRequest.ConditionMeasure measure, String comment) {
        return new ReviewRequest(3, 2, 6, true, true, true, measure, true, comment);
    }

    static int status(Runnable rule) {
        try {
            rule.run();
            return 200;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }

    @Test
    void aCompletedSessionIsReviewableUntilItsWindowCloses() {
        Session session = completed("low-back-pain");
        assertThat(status(() -> session.requireReviewable(COMPLETED.plus(WINDOW), WINDOW))).isEqualTo(200);
        assertThat(status(() -> session.requireReviewable(COMPLETED.plus(WINDOW).plusSeconds(1), WINDOW))).isEqualTo(409);
        assertThat(session.reviewableUntil(WINDOW)).isEqualTo(COMPLETED.plus(WINDOW));
    }

    @Test
    void aReviewCopiesTheSessionsBasisAndItsCommentWaitsForModeration() {
        Session session = completed("low-back-pain");
        Review quiet = Review.of(session, request(null, "  "), COMPLETED);
        assertThat(quiet.commentModeration().status()).isEqualTo(ModerationState.Status.NONE);
        assertThat(quiet.comment()).isNull();
        ReviewView view = quiet.view(java.util.List.of());
        assertThat(view.baselinePain()).isEqualTo(7);
        assertThat(view.condition()).isEqualTo("low-back-pain");
        assertThat(view.bookingId()).isEqualTo(session.bookingId());

        Review spoken = Review.of(session, request(null, " Call me on 0151 2345678 "), COMPLETED);
        assertThat(spoken.commentModeration().status()).isEqualTo(ModerationState.Status.PENDING);
        assertThat(spoken.comment()).isEqualTo("Call me on 0151 2345678");
        assertThat(spoken.commentFlags()).isNotEmpty();
        assertThat(spoken.publicView(null, null).comment()).as("shown only once approved").isNull();
    }

    @Test
    void aConditionMeasureMustFitTheCondition() {
        ReviewRequest.ConditionMeasure headacheDays = new ReviewRequest.ConditionMeasure(
                ReviewRequest.ConditionMeasure.Kind.HEADACHE_DAYS, null, 4);
        assertThat(status(() -> Review.of(completed("low-back-pain"), request(headacheDays, null), COMPLETED))).isEqualTo(400);
        assertThat(status(() -> Review.of(completed("migraine"), request(headacheDays, null), COMPLETED))).isEqualTo(200);

        ReviewRequest.ConditionMeasure unnamed = new ReviewRequest.ConditionMeasure(ReviewRequest.ConditionMeasure.Kind.ACTIVITY,
                " ", 5);
        ReviewRequest.ConditionMeasure tooHigh = new ReviewRequest.ConditionMeasure(ReviewRequest.ConditionMeasure.Kind.ACTIVITY,
                "sit through a workday", 11);
        ReviewRequest.ConditionMeasure namedHeadache = new ReviewRequest.ConditionMeasure(
                ReviewRequest.ConditionMeasure.Kind.HEADACHE_DAYS, "reading", 4);
        assertThat(status(() -> Review.of(completed("neck-pain"), request(unnamed, null), COMPLETED))).isEqualTo(400);
        assertThat(status(() -> Review.of(completed("neck-pain"), request(tooHigh, null), COMPLETED))).isEqualTo(400);
        assertThat(status(() -> Review.of(completed("migraine"), request(namedHeadache, null), COMPLETED))).isEqualTo(400);
    }

    @Test
    void aCheckInIsAnsweredOnceBetweenDueAndClose() {
        Instant due = COMPLETED.plus(Duration.ofDays(7));
        CheckIn checkIn = new CheckIn(UUID.randomUUID(), "client-1", 1, "P7D", due, due.plus(Duration.ofDays(30)));
        ReviewRequest.CheckInAnswer answer = new ReviewRequest.CheckInAnswer(2, 6, true);
        assertThat(status(() -> checkIn.answer(answer, due.minusSeconds(1)))).as("not due").isEqualTo(409);
        assertThat(status(() -> checkIn.answer(answer, due.plus(Duration.ofDays(30))))).as("closed").isEqualTo(409);
        checkIn.answer(answer, due);
        assertThat(checkIn.status()).isEqualTo(CheckIn.Status.ANSWERED);
        assertThat(checkIn.painNow()).isEqualTo(2);
        assertThat(status(() -> checkIn.answer(answer, due.plusSeconds(60)))).as("answered already").isEqualTo(409);
    }
}
