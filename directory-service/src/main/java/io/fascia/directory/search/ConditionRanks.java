package io.fascia.directory.search;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Recomputes the location-independent part of the search score (Ranking.java) in the database:
 * the one place that formula is written in SQL. The evidence is that of medical sessions. Called
 * in the transaction that changed a listing, its outcome evidence or a condition's platform prior.
 */
@ApplicationScoped
public class ConditionRanks {

    /** The update, to be completed with a condition on {@code r} that says which rows. */
    public static final String RECOMPUTE = """
            UPDATE search_condition_rank r SET base_score =
                %1$s * (0.6 + 0.4 * LEAST(1.0, r.suited_count / %3$s)) + %2$s * %4$s
            FROM search_condition_rank k
            LEFT JOIN outcome_evidence e ON e.therapist_id = k.listing_id AND e.condition_code = k.condition_code
                AND e.session_type = %5$s
            LEFT JOIN condition_outcome_prior p ON p.condition_code = k.condition_code
            WHERE k.listing_id = r.listing_id AND k.condition_code = r.condition_code AND\s""".formatted(
            Ranking.RELEVANCE_WEIGHT, Ranking.EVIDENCE_WEIGHT, (double) Ranking.TECHNIQUES_FOR_FULL_RELEVANCE,
            Ranking.EVIDENCE_SQL, Ranking.RANKED_SESSION_TYPE_SQL);

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeListing(UUID listingId) {
        em.createNativeQuery(RECOMPUTE + "r.listing_id = ?1").setParameter(1, listingId).executeUpdate();
    }

    /**
     * After the platform's share for a condition moved: the listings treating it without reviews of
     * it, whose evidence is that share. A reviewed listing's score is review's, as of its last snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeCondition(String condition) {
        em.createNativeQuery(RECOMPUTE + "r.condition_code = ?1 AND e.therapist_id IS NULL").setParameter(1, condition)
                .executeUpdate();
    }
}
