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
 * evidence  = the listing's evidence score for the condition after medical sessions, exactly as
 *             review-service publishes it (review's OutcomeMath shrinks the share of durable
 *             responders toward the platform's share, and owns that formula and its constants);
 *             relaxation sessions' outcomes are shown apart and never ranked by, so a spa's
 *             relaxation sessions neither dilute nor inflate medical evidence; a listing without
 *             reviews of the condition gets the platform's share review last published for it,
 *             and while the platform has none, {@link #NEUTRAL_EVIDENCE}: the same for every listing, so it never
 *             reorders them. Without a condition, evidence is neutral for everyone.
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
    /** Evidence when nothing is known of a condition anywhere; equal for all, so it only shifts scores. */
    public static final double NEUTRAL_EVIDENCE = 0.5;
    public static final int TECHNIQUES_FOR_FULL_RELEVANCE = 3;

    private Ranking() {
    }

    /**
     * The SQL for a listing's evidence over {@code outcome_evidence e} and {@code condition_outcome_prior p}
     * joined on the listing and the condition: review's published score, else the condition's prior.
     */
    public static final String EVIDENCE_SQL = "COALESCE(e.shrunk_score, p.platform_share, " + NEUTRAL_EVIDENCE + ")";

    /** The session type whose evidence {@code e} must be, in SQL: search ranks by medical sessions' outcomes. */
    public static final String RANKED_SESSION_TYPE_SQL = "'MEDICAL'";

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
