package io.fascia.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The ranking maths on its own; SearchResourceTest checks the database computes the same. The
 * evidence score is review's (its OutcomeMathTest); search takes it as published.
 */
class RankingTest {

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
