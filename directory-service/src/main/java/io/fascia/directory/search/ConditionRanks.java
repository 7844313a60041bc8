package io.fascia.directory.search;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The location-independent part of the search score (Ranking.java) in the database: the one place
 * that formula is written in SQL. A rank row keeps what belongs to its listing: the relevance part,
 * and the score with review's evidence once the listing has medical reviews of the condition.
 * Listings without them take the condition's platform prior, which search adds as it reads
 * ({@link #scoreSql}), so a moving prior never rewrites a row.
 */
@ApplicationScoped
public class ConditionRanks {

    private static final String RELEVANCE_SQL = "%s * (0.6 + 0.4 * LEAST(1.0, r.suited_count / %s))".formatted(
            Ranking.RELEVANCE_WEIGHT, (double) Ranking.TECHNIQUES_FOR_FULL_RELEVANCE);

    /**
     * The update, to be completed with a condition on {@code r} that says which rows. Called in the
     * transaction that changed a listing or its outcome evidence.
     */
    public static final String RECOMPUTE = """
            UPDATE search_condition_rank r SET relevance_score = %1$s, reviewed_score = %1$s + %2$s * e.shrunk_score
            FROM search_condition_rank k
            LEFT JOIN outcome_evidence e ON e.therapist_id = k.listing_id AND e.condition_code = k.condition_code
                AND e.session_type = %3$s
            WHERE k.listing_id = r.listing_id AND k.condition_code = r.condition_code AND\s""".formatted(
            RELEVANCE_SQL, Ranking.EVIDENCE_WEIGHT, Ranking.RANKED_SESSION_TYPE_SQL);

    @Inject
    EntityManager em;

    /**
     * The score without proximity of rank row {@code r}: its own when reviewed, else its relevance
     * part with the condition's prior as it is now (one lookup per statement).
     *
     * @param condition the SQL naming the searched condition (a parameter)
     */
    public static String scoreSql(String condition) {
        return "COALESCE(r.reviewed_score, r.relevance_score + " + Ranking.EVIDENCE_WEIGHT + " * " + priorSql(condition) + ")";
    }

    /** The condition's platform prior, {@link Ranking#NEUTRAL_EVIDENCE} while it has none. */
    static String priorSql(String condition) {
        return "COALESCE((SELECT cp.platform_share FROM condition_outcome_prior cp WHERE cp.condition_code = " + condition
                + "), " + Ranking.NEUTRAL_EVIDENCE + ")";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeListing(UUID listingId) {
        em.createNativeQuery(RECOMPUTE + "r.listing_id = ?1").setParameter(1, listingId).executeUpdate();
    }
}
