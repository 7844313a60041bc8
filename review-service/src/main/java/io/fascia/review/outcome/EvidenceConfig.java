package io.fascia.review.outcome;

import io.smallrye.config.ConfigMapping;

/**
 * The constants of the shrinkage of outcome evidence ({@link OutcomeMath#shrunk}). Review owns the
 * evidence score: directory ranks search by the score review publishes and knows neither.
 */
@ConfigMapping(prefix = "fascia.review.evidence")
public interface EvidenceConfig {

    /** {@code w}: how many reviews' worth of weight the platform's share carries. */
    double priorWeight();

    /** What the platform's share {@code p0} is shrunk toward; all of it while the platform has no review of a condition. */
    double priorWithoutData();
}
