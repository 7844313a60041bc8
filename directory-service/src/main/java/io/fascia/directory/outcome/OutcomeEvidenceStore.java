package io.fascia.directory.outcome;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.directory.search.ConditionRanks;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;

/**
 * Applies an outcome snapshot to the ranking read model, once per message id, in one transaction;
 * a passing failure (a lost connection) is retried by IncomingEvents, a poison message never.
 */
@ApplicationScoped
public class OutcomeEvidenceStore {

    static final String CONSUMER = "directory.review-outcomes";

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    @Inject
    Taxonomy taxonomy;

    @Inject
    ConditionRanks ranks;

    public void apply(String messageId, OutcomeSnapshot snapshot) {
        check(snapshot);
        messageLog.once(CONSUMER, messageId, () -> {
            Timestamp at = Timestamp.from(snapshot.snapshotAt());
            // Snapshots of one therapist arrive in order, but a replay must not let an older one win.
            Number newer = (Number) em.createNativeQuery(
                    "SELECT count(*) FROM outcome_evidence WHERE therapist_id = ?1 AND snapshot_at > ?2")
                    .setParameter(1, snapshot.therapistId()).setParameter(2, at).getSingleResult();
            if (newer.longValue() > 0) {
                return;
            }
            em.createNativeQuery("DELETE FROM outcome_evidence WHERE therapist_id = ?1")
                    .setParameter(1, snapshot.therapistId()).executeUpdate();
            for (OutcomeSnapshot.ConditionOutcome outcome : snapshot.relaxationConditions()) {
                insert(snapshot, outcome, OutcomeSnapshot.SessionType.RELAXATION);
            }
            for (OutcomeSnapshot.ConditionOutcome outcome : snapshot.conditions()) {
                insert(snapshot, outcome, OutcomeSnapshot.SessionType.MEDICAL);
                // Search ranks by medical evidence, so the prior is the medical sessions' share. Listings
                // without reviews of the condition take it as search reads (ConditionRanks.scoreSql):
                // moving it rewrites one row, not every listing treating the condition.
                em.createNativeQuery("""
                        INSERT INTO condition_outcome_prior (condition_code, platform_share, snapshot_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (condition_code) DO UPDATE SET platform_share = excluded.platform_share,
                            snapshot_at = excluded.snapshot_at
                        WHERE condition_outcome_prior.snapshot_at <= excluded.snapshot_at
                          AND condition_outcome_prior.platform_share IS DISTINCT FROM excluded.platform_share""")
                        .setParameter(1, outcome.condition())
                        .setParameter(2, outcome.platformDurableResponderShare())
                        .setParameter(3, at)
                        .executeUpdate();
            }
            ranks.recomputeListing(snapshot.therapistId());
        });
    }

    private void insert(OutcomeSnapshot snapshot, OutcomeSnapshot.ConditionOutcome outcome, OutcomeSnapshot.SessionType type) {
        em.createNativeQuery("""
                INSERT INTO outcome_evidence (therapist_id, condition_code, session_type, review_count, durable_responder_share,
                    mean_pain_change_at_4_weeks, snapshot_at, shrunk_score, settled_review_count)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, snapshot.therapistId())
                .setParameter(2, outcome.condition())
                .setParameter(3, type.name())
                .setParameter(4, outcome.reviewCount())
                .setParameter(5, outcome.durableResponderShare())
                .setParameter(6, outcome.meanPainChangeAt4Weeks())
                .setParameter(7, Timestamp.from(snapshot.snapshotAt()))
                // v1 lets a snapshot omit the score: the evidence is then the prior, as without reviews.
                .setParameter(8, outcome.shrunkScore() == null ? outcome.platformDurableResponderShare() : outcome.shrunkScore())
                .setParameter(9, outcome.settledReviews())
                .executeUpdate();
    }

    /** A snapshot that breaks the schema can never be applied. */
    private void check(OutcomeSnapshot snapshot) {
        if (snapshot.therapistId() == null || snapshot.snapshotAt() == null || snapshot.conditions() == null) {
            throw new PoisonMessage("therapistId, snapshotAt and conditions are required");
        }
        List<OutcomeSnapshot.ConditionOutcome> all = new ArrayList<>(snapshot.conditions());
        all.addAll(snapshot.relaxationConditions());
        for (OutcomeSnapshot.ConditionOutcome outcome : all) {
            if (outcome == null || taxonomy.condition(outcome.condition()).isEmpty()) {
                throw new PoisonMessage("unknown condition " + (outcome == null ? null : outcome.condition()));
            }
            if (outcome.reviewCount() == null || outcome.reviewCount() < 0
                    || outcome.settledReviewCount() != null
                            && (outcome.settledReviewCount() < 0 || outcome.settledReviewCount() > outcome.reviewCount())
                    || !share(outcome.durableResponderShare()) || !share(outcome.platformDurableResponderShare())
                    || outcome.shrunkScore() != null && !share(outcome.shrunkScore())) {
                throw new PoisonMessage("condition " + outcome.condition() + " has counts or shares out of range");
            }
        }
    }

    private static boolean share(Double value) {
        return value != null && value >= 0 && value <= 1;
    }
}
