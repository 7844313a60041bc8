package io.fascia.review.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutcomeMathTest {

    private static final double PLATFORM = 0.4;
    private static final double WEIGHT = 10;

    @Test
    void noReviewsGiveThePriorAndNoMeans() {
        OutcomeMath.Aggregate a = OutcomeMath.aggregate("neck-pain", List.of(), new OutcomeMath.CheckIns(0, 0), PLATFORM, WEIGHT);
        assertThat(a.reviewCount()).isZero();
        assertThat(a.meanPainChangeAfterSession()).isNull();
        assertThat(a.meanPainChangeAt4Weeks()).isNull();
        assertThat(a.followUpResponseRate()).isNull();
        assertThat(a.durableResponderShare()).isZero();
        assertThat(a.shrunkScore()).isEqualTo(PLATFORM);
    }

    @Test
    void oneGlowingReviewMovesTheScoreOnlyALittle() {
        OutcomeMath.Aggregate a = OutcomeMath.aggregate("neck-pain", List.of(OutcomeMath.ReviewOutcome.answered(7, 2, 3)),
                new OutcomeMath.CheckIns(2, 0), PLATFORM, WEIGHT);
        assertThat(a.reviewCount()).isEqualTo(1);
        assertThat(a.meanPainChangeAfterSession()).isEqualTo(-5.0);
        assertThat(a.meanPainChangeAt4Weeks()).isEqualTo(-4.0);
        assertThat(a.durableResponderShare()).isEqualTo(1.0);
        assertThat(a.followUpResponseRate()).isEqualTo(1.0);
        // (1 + 10 * 0.4) / (1 + 10)
        assertThat(a.shrunkScore()).isCloseTo(5.0 / 11, within(1e-4));
    }

    @Test
    void thePainCurveAveragesEachMeasurementOverTheReviewsThatHaveIt() {
        OutcomeMath.Aggregate a = OutcomeMath.aggregate("neck-pain", List.of(
                OutcomeMath.ReviewOutcome.answered(8, 4, 3).withPainAt1Week(4),
                OutcomeMath.ReviewOutcome.pending(6, 2).withPainAt1Week(3),
                OutcomeMath.ReviewOutcome.pending(7, 3)), new OutcomeMath.CheckIns(3, 0), PLATFORM, WEIGHT);
        OutcomeMath.PainCurve curve = a.painCurve();
        assertThat(curve.baseline()).isEqualTo(7.0);
        assertThat(curve.afterSession()).isEqualTo(3.0);
        assertThat(curve.at1Week()).isEqualTo(3.5);
        assertThat(curve.answeredAt1Week()).isEqualTo(2);
        assertThat(curve.at4Weeks()).isEqualTo(3.0);
        assertThat(curve.answeredAt4Weeks()).isEqualTo(1);
        assertThat(OutcomeMath.painCurve(List.of())).isNull();
        assertThat(OutcomeMath.painCurve(List.of(OutcomeMath.ReviewOutcome.pending(5, 5))).at1Week()).isNull();
    }

    @Test
    void manyGoodReviewsOutweighThePriorAndBeatAFewPerfectOnes() {
        List<OutcomeMath.ReviewOutcome> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // 30 of 40 still at least 2 points better at 4 weeks; the rest back at baseline.
            many.add(OutcomeMath.ReviewOutcome.answered(6, 3, i < 30 ? 3 : 6));
        }
        OutcomeMath.Aggregate lots = OutcomeMath.aggregate("upper-back-pain", many, new OutcomeMath.CheckIns(70, 10), PLATFORM,
                WEIGHT);
        assertThat(lots.durableResponderShare()).isEqualTo(0.75);
        assertThat(lots.followUpResponseRate()).isEqualTo(0.875);
        assertThat(lots.meanPainChangeAt4Weeks()).isEqualTo(-2.25);
        assertThat(lots.shrunkScore()).isCloseTo((30 + 4.0) / 50, within(1e-4));

        OutcomeMath.Aggregate two = OutcomeMath.aggregate("upper-back-pain",
                List.of(OutcomeMath.ReviewOutcome.answered(8, 1, 1), OutcomeMath.ReviewOutcome.answered(8, 1, 1)),
                new OutcomeMath.CheckIns(4, 0), PLATFORM, WEIGHT);
        assertThat(two.durableResponderShare()).isEqualTo(1.0);
        assertThat(lots.shrunkScore()).isGreaterThan(two.shrunkScore());
    }

    /** The cases directory's search ranking once checked with a formula of its own, now held by the one owner. */
    @Test
    void theShrinkageSearchRanksByHoldsTheCasesDirectoryOnceChecked() {
        assertThat(OutcomeMath.shrunk(0, 0, 0.4, 10)).isEqualTo(0.4);
        assertThat(OutcomeMath.shrunk(1, 1, 0.4, 10)).isCloseTo((1 + 4) / 11.0, within(1e-9));
        assertThat(OutcomeMath.shrunk(900, 1000, 0.4, 10)).isCloseTo(0.895, within(0.001));
        assertThat(OutcomeMath.shrunk(28, 40, 0.4, 10)).isGreaterThan(OutcomeMath.shrunk(2, 2, 0.4, 10));
    }

    @Test
    void reliefMustLastFourWeeksToCount() {
        // Relaxation: great on the day, back to baseline at 4 weeks.
        assertThat(OutcomeMath.durableResponder(6, 6)).isFalse();
        assertThat(OutcomeMath.durableResponder(6, 4)).as("2 points").isTrue();
        assertThat(OutcomeMath.durableResponder(3, 2)).as("1 point is 33% of 3").isTrue();
        assertThat(OutcomeMath.durableResponder(5, 4)).as("1 point, 20%").isFalse();
        assertThat(OutcomeMath.durableResponder(0, 0)).isFalse();
    }

    @Test
    void aReviewWhoseFourWeeksStillRunIsNeitherResponderNorNonResponder() {
        OutcomeMath.Aggregate fresh = OutcomeMath.aggregate("upper-back-pain",
                List.of(OutcomeMath.ReviewOutcome.pending(8, 2)), new OutcomeMath.CheckIns(0, 0), PLATFORM, WEIGHT);
        OutcomeMath.Aggregate none = OutcomeMath.aggregate("upper-back-pain", List.of(), new OutcomeMath.CheckIns(0, 0),
                PLATFORM, WEIGHT);
        assertThat(fresh.reviewCount()).isEqualTo(1);
        assertThat(fresh.settledReviews()).isZero();
        assertThat(fresh.durableResponders()).isZero();
        assertThat(fresh.shrunkScore()).as("exactly the prior, as with no reviews").isEqualTo(none.shrunkScore())
                .isEqualTo(PLATFORM);
        assertThat(fresh.meanPainChangeAfterSession()).as("the short-term change is shown apart").isEqualTo(-6.0);
        assertThat(fresh.meanPainChangeAt4Weeks()).isNull();
    }

    @Test
    void pendingReviewsNeverPullAnEstablishedShareDown() {
        List<OutcomeMath.ReviewOutcome> settled = List.of(OutcomeMath.ReviewOutcome.answered(7, 3, 3),
                OutcomeMath.ReviewOutcome.answered(7, 3, 6));
        List<OutcomeMath.ReviewOutcome> withFresh = new ArrayList<>(settled);
        withFresh.add(OutcomeMath.ReviewOutcome.pending(7, 2));
        withFresh.add(OutcomeMath.ReviewOutcome.pending(6, 2));
        OutcomeMath.Aggregate before = OutcomeMath.aggregate("neck-pain", settled, new OutcomeMath.CheckIns(4, 0), PLATFORM,
                WEIGHT);
        OutcomeMath.Aggregate after = OutcomeMath.aggregate("neck-pain", withFresh, new OutcomeMath.CheckIns(4, 0), PLATFORM,
                WEIGHT);
        assertThat(after.durableResponderShare()).isEqualTo(before.durableResponderShare()).isEqualTo(0.5);
        assertThat(after.shrunkScore()).isEqualTo(before.shrunkScore());
        assertThat(after.reviewCount()).isEqualTo(4);
        assertThat(after.settledReviews()).isEqualTo(2);
    }

    @Test
    void aMissedFourWeekCheckInSettlesTheReviewAsNoResponder() {
        OutcomeMath.Aggregate a = OutcomeMath.aggregate("neck-pain",
                List.of(OutcomeMath.ReviewOutcome.missed(8, 2), OutcomeMath.ReviewOutcome.answered(8, 4, 4)),
                new OutcomeMath.CheckIns(3, 1), PLATFORM, WEIGHT);
        assertThat(a.settledReviews()).isEqualTo(2);
        assertThat(a.durableResponders()).isEqualTo(1);
        assertThat(a.durableResponderShare()).isEqualTo(0.5);
        assertThat(a.followUpResponseRate()).isEqualTo(0.75);
        assertThat(a.shrunkScore()).isCloseTo((1 + 4.0) / 12, within(1e-4));
    }

    @Test
    void thePlatformShareCountsSettledReviewsOnly() {
        assertThat(OutcomeMath.platformShare(List.of(OutcomeMath.ReviewOutcome.pending(8, 2)), 0.3, WEIGHT))
                .as("nothing settled: the modest prior").isEqualTo(0.3);
        // One responder of two settled reviews, shrunk toward 0.3: (1 + 10 * 0.3) / (2 + 10).
        assertThat(OutcomeMath.platformShare(List.of(OutcomeMath.ReviewOutcome.pending(8, 8),
                OutcomeMath.ReviewOutcome.answered(8, 4, 4), OutcomeMath.ReviewOutcome.missed(6, 5)), 0.3, WEIGHT))
                .isCloseTo(4.0 / 12, within(1e-9));
    }

    @Test
    void aCheckInStatusTellsWhetherTheWindowHasClosed() {
        assertThat(OutcomeMath.LastFollowUp.ofCheckInStatus("OPEN")).isEqualTo(OutcomeMath.LastFollowUp.PENDING);
        assertThat(OutcomeMath.LastFollowUp.ofCheckInStatus("ANSWERED")).isEqualTo(OutcomeMath.LastFollowUp.ANSWERED);
        assertThat(OutcomeMath.LastFollowUp.ofCheckInStatus("MISSED")).isEqualTo(OutcomeMath.LastFollowUp.MISSED);
        assertThat(OutcomeMath.LastFollowUp.ofCheckInStatus(null)).as("written after it would have closed")
                .isEqualTo(OutcomeMath.LastFollowUp.MISSED);
        assertThatThrownBy(() -> new OutcomeMath.ReviewOutcome(6, 3, OutcomeMath.LastFollowUp.PENDING, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlatformShareFallsBackToAModestPriorWithoutData() {
        assertThat(OutcomeMath.platformShare(0, 0, 0.3, WEIGHT)).isEqualTo(0.3);
        assertThat(OutcomeMath.platformShare(3, 12, 0.3, WEIGHT)).isCloseTo((3 + 3.0) / 22, within(1e-9));
        // One therapist's six lasting reliefs do not become everyone's expectation.
        double young = OutcomeMath.platformShare(6, 6, 0.3, WEIGHT);
        assertThat(young).isCloseTo(9.0 / 16, within(1e-9));
        assertThat(OutcomeMath.shrunk(6, 6, young, WEIGHT)).isGreaterThan(young);
        // Thousands of reviews speak for themselves.
        assertThat(OutcomeMath.platformShare(3000, 5000, 0.3, WEIGHT)).isCloseTo(0.6, within(0.001));
    }

    @Test
    void recomputingTheSameInputsGivesTheSameAggregate() {
        List<OutcomeMath.ReviewOutcome> reviews = List.of(OutcomeMath.ReviewOutcome.answered(7, 4, 5),
                OutcomeMath.ReviewOutcome.pending(5, 2));
        assertThat(OutcomeMath.aggregate("tmj", reviews, new OutcomeMath.CheckIns(3, 1), PLATFORM, WEIGHT))
                .isEqualTo(OutcomeMath.aggregate("tmj", reviews, new OutcomeMath.CheckIns(3, 1), PLATFORM, WEIGHT));
    }
}
