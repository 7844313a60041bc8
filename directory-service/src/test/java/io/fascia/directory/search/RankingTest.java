package io.fascia.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ranking maths on its own; SearchResourceTest checks the database computes the same. */
class RankingTest {

    @Test
    void noReviewsGiveThePlatformPrior() {
        assertThat(Ranking.evidence(0, 0, 0.4)).isEqualTo(0.4);
    }

    @Test
    void oneReviewMovesTheEvidenceOnlyALittle() {
        assertThat(Ranking.evidence(1, 1.0, 0.4)).isCloseTo((1 + 4) / 11.0, within(1e-9));
    }

    @Test
    void manyReviewsOutweighThePrior() {
        assertThat(Ranking.evidence(1000, 0.9, 0.4)).isCloseTo(0.895, within(0.001));
    }

    @Test
    void twoGlowingReviewsDoNotBeatFortyGoodOnes() {
        assertThat(Ranking.evidence(40, 0.7, 0.4)).isGreaterThan(Ranking.evidence(2, 1.0, 0.4));
    }

    @Test
    void relevanceGrowsWithSuitedTechniquesUpToThree() {
        assertThat(Ranking.relevance(true, 0)).isEqualTo(0.6);
        assertThat(Ranking.relevance(true, 3)).isEqualTo(1.0);
        assertThat(Ranking.relevance(true, 7)).isEqualTo(1.0);
        assertThat(Ranking.relevance(false, 3)).isEqualTo(0.5);
    }

    @Test
    void proximityFallsToZeroAtTheRadius() {
        assertThat(Ranking.proximity(0.0, 25)).isEqualTo(1.0);
        assertThat(Ranking.proximity(25.0, 25)).isZero();
        assertThat(Ranking.proximity(null, 25)).isZero();
    }

    @Test
    void weightsAddUpToOne() {
        assertThat(Ranking.score(1, 1, 1)).isCloseTo(1.0, within(1e-9));
    }
}
