package io.fascia.directory.search;

/**
 * How search orders its results. Each part is between 0 and 1:
 *
 * <pre>
 * score     = 0.50 * relevance + 0.35 * evidence + 0.15 * proximity
 *
 * relevance = 0.6 when the listing treats the searched condition (or a condition felt in the
 *             searched region), plus 0.4 * min(1, suited techniques offered / 3), where the
 *             suited techniques are the taxonomy's for that condition; 0.5 for everyone when the
 *             search names no condition or region
 * evidence  = (n * s + K * p) / (n + K): the share s of durable responders among the listing's
 *             n outcome reviews for the condition, shrunk toward the platform's share p for that
 *             condition with prior weight K = 10. No reviews gives p: neutral, never zero. Two
 *             glowing reviews (s = 1) with p = 0.4 score 0.50; forty good ones (s = 0.7) score 0.64.
 *             Without a condition, evidence is the platform prior 0.5 for everyone.
 * proximity = 1 - distance / radius inside the search radius; 0 for everyone when the search
 *             gives no location
 * </pre>
 *
 * Ties go to the listing id, so the order, and therefore paging, is stable.
 */
public final class Ranking {

    public static final double RELEVANCE_WEIGHT = 0.50;
    public static final double EVIDENCE_WEIGHT = 0.35;
    public static final double PROXIMITY_WEIGHT = 0.15;
    public static final double PRIOR_WEIGHT = 10.0;
    public static final double DEFAULT_PRIOR = 0.5;
    public static final int TECHNIQUES_FOR_FULL_RELEVANCE = 3;

    private Ranking() {
    }

    public static double evidence(int reviews, double durableShare, double prior) {
        return (reviews * durableShare + PRIOR_WEIGHT * prior) / (reviews + PRIOR_WEIGHT);
    }

    public static double relevance(boolean treats, int suitedTechniquesOffered) {
        return treats ? 0.6 + 0.4 * Math.min(1.0, suitedTechniquesOffered / (double) TECHNIQUES_FOR_FULL_RELEVANCE) : 0.5;
    }

    public static double proximity(Double distanceKm, double radiusKm) {
        return distanceKm == null ? 0 : Math.max(0, 1 - distanceKm / radiusKm);
    }

    public static double score(double relevance, double evidence, double proximity) {
        return RELEVANCE_WEIGHT * relevance + EVIDENCE_WEIGHT * evidence + PROXIMITY_WEIGHT * proximity;
    }
}
