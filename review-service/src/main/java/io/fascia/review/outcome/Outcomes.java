package io.fascia.review.outcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.fascia.platform.outbox.Outbox;
import io.fascia.review.session.SessionEvent.SessionType;

/**
 * Recomputes a therapist's outcome aggregates from scratch (so recomputing is idempotent),
 * stores them and publishes them as one snapshot through the outbox, in the transaction of the
 * change that caused it.
 */
@ApplicationScoped
public class Outcomes {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EvidenceConfig evidence;

    /** One condition after one type of session: medical and relaxation outcomes are never mixed. */
    private record Kind(String condition, SessionType sessionType) {

        static final Comparator<Kind> ORDER = Comparator.comparing(Kind::condition).thenComparing(Kind::sessionType);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutcomeSnapshot refresh(UUID therapist) {
        Map<Kind, List<OutcomeMath.ReviewOutcome>> byKind = new TreeMap<>(Kind.ORDER);
        for (Tuple r : reviews("r.therapist_id = ?1", therapist)) {
            byKind.computeIfAbsent(kind(r), k -> new ArrayList<>()).add(outcome(r).withPainAt1Week(integer(r, "pain_at_1_week")));
        }
        Instant now = Instant.now(clock);
        List<OutcomeSnapshot.ConditionOutcome> medical = new ArrayList<>();
        List<OutcomeSnapshot.ConditionOutcome> relaxation = new ArrayList<>();
        em.createNativeQuery("DELETE FROM outcome_aggregate WHERE therapist_id = ?1").setParameter(1, therapist).executeUpdate();
        for (Map.Entry<Kind, List<OutcomeMath.ReviewOutcome>> entry : byKind.entrySet()) {
            Kind kind = entry.getKey();
            OutcomeMath.Aggregate a = OutcomeMath.aggregate(kind.condition(), entry.getValue(), checkIns(therapist, kind),
                    platformShare(kind), evidence.priorWeight());
            store(therapist, kind.sessionType(), a, now);
            (kind.sessionType() == SessionType.MEDICAL ? medical : relaxation)
                    .add(OutcomeSnapshot.ConditionOutcome.of(a, kind.sessionType()));
        }
        OutcomeSnapshot snapshot = new OutcomeSnapshot(therapist, medical, relaxation, now);
        outbox.publish(OutcomeSnapshot.TOPIC, therapist.toString(), OutcomeSnapshot.TYPE, snapshot);
        return snapshot;
    }

    /**
     * The stored aggregates of a therapist, for the public outcome page: the shrunk score and the
     * prior as of the therapist's last change, the very numbers the last snapshot published and
     * directory ranks search by, so the page and search never disagree. The platform's share
     * drifts slowly with other therapists' reviews; a therapist's own next review, answer or
     * miss brings their score up to date.
     */
    @Transactional
    public List<OutcomeSnapshot.ConditionOutcome> of(UUID therapist) {
        List<Tuple> rows = em.createNativeQuery("""
                SELECT condition_code, session_type, review_count, settled_reviews, mean_pain_change_after,
                       mean_pain_change_4_weeks, durable_responder_share, follow_up_response_rate, durable_responders,
                       mean_pain_baseline, mean_pain_after, mean_pain_1_week, answered_1_week, mean_pain_4_weeks,
                       answered_4_weeks, shrunk_score, platform_share
                FROM outcome_aggregate WHERE therapist_id = ?1
                ORDER BY session_type = 'MEDICAL' DESC, review_count DESC, condition_code""", Tuple.class)
                .setParameter(1, therapist).getResultList();
        return rows.stream().map(r -> {
            String condition = r.get("condition_code", String.class);
            int reviews = integer(r, "review_count");
            OutcomeMath.PainCurve curve = r.get("mean_pain_baseline") == null ? null : new OutcomeMath.PainCurve(
                    decimal(r, "mean_pain_baseline"), decimal(r, "mean_pain_after"), decimal(r, "mean_pain_1_week"),
                    integer(r, "answered_1_week"), decimal(r, "mean_pain_4_weeks"), integer(r, "answered_4_weeks"));
            return new OutcomeSnapshot.ConditionOutcome(condition, SessionType.valueOf(r.get("session_type", String.class)),
                    reviews, integer(r, "settled_reviews"),
                    decimal(r, "mean_pain_change_after"),
                    decimal(r, "mean_pain_change_4_weeks"), decimal(r, "durable_responder_share"),
                    decimal(r, "follow_up_response_rate"),
                    decimal(r, "shrunk_score"), decimal(r, "platform_share"), curve);
        }).toList();
    }

    private static Integer integer(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.intValue();
    }

    private static Double decimal(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }

    private OutcomeMath.CheckIns checkIns(UUID therapist, Kind kind) {
        Tuple counts = (Tuple) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE c.status = 'ANSWERED') AS answered,
                       count(*) FILTER (WHERE c.status = 'MISSED') AS missed
                FROM check_in c JOIN session s ON s.booking_id = c.booking_id
                WHERE s.therapist_id = ?1 AND s.condition_code = ?2 AND s.session_type = ?3""", Tuple.class)
                .setParameter(1, therapist).setParameter(2, kind.condition()).setParameter(3, kind.sessionType().name())
                .getSingleResult();
        return new OutcomeMath.CheckIns(integer(counts, "answered"), integer(counts, "missed"));
    }

    /** The durable-responder share of a condition after a type of session, over every therapist's settled reviews. */
    private double platformShare(Kind kind) {
        List<OutcomeMath.ReviewOutcome> all = reviews("r.condition_code = ?1 AND r.session_type = ?2", kind.condition(),
                kind.sessionType().name()).stream().map(Outcomes::outcome).toList();
        return OutcomeMath.platformShare(all, evidence.priorWithoutData(), evidence.priorWeight());
    }

    /**
     * Reviews with where their last (4-week) check-in stands, and the pain at the first one once
     * a later one exists (a single check-in is the 4-week one).
     */
    private List<Tuple> reviews(String where, Object... parameters) {
        Query query = em.createNativeQuery("""
                SELECT r.condition_code, r.session_type, r.baseline_pain, r.pain_after, last.status AS last_status,
                       last.pain_now AS pain_at_last, week1.pain_now AS pain_at_1_week
                FROM review r
                LEFT JOIN LATERAL (SELECT c.pain_now, c.status FROM check_in c WHERE c.review_id = r.id
                                   ORDER BY c.ordinal DESC LIMIT 1) last ON true
                LEFT JOIN LATERAL (SELECT c.pain_now FROM check_in c WHERE c.review_id = r.id AND c.ordinal = 1
                                   AND EXISTS (SELECT 1 FROM check_in later WHERE later.review_id = r.id AND later.ordinal > 1)
                                  ) week1 ON true
                WHERE\s""" + where, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows;
    }

    private static Kind kind(Tuple r) {
        return new Kind(r.get("condition_code", String.class), SessionType.valueOf(r.get("session_type", String.class)));
    }

    private static OutcomeMath.ReviewOutcome outcome(Tuple r) {
        OutcomeMath.LastFollowUp last = OutcomeMath.LastFollowUp.ofCheckInStatus(r.get("last_status", String.class));
        return new OutcomeMath.ReviewOutcome(integer(r, "baseline_pain"), integer(r, "pain_after"), last,
                last == OutcomeMath.LastFollowUp.ANSWERED ? integer(r, "pain_at_last") : null, null);
    }

    private void store(UUID therapist, SessionType sessionType, OutcomeMath.Aggregate a, Instant now) {
        em.createNativeQuery("""
                INSERT INTO outcome_aggregate (therapist_id, condition_code, session_type, review_count, mean_pain_change_after,
                    mean_pain_change_4_weeks, durable_responders, durable_responder_share, follow_up_response_rate,
                    shrunk_score, platform_share, computed_at, mean_pain_baseline, mean_pain_after, mean_pain_1_week,
                    answered_1_week, mean_pain_4_weeks, answered_4_weeks, settled_reviews)
                VALUES (?1, ?2, ?19, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)""")
                .setParameter(1, therapist).setParameter(2, a.condition()).setParameter(3, a.reviewCount())
                .setParameter(4, a.meanPainChangeAfterSession()).setParameter(5, a.meanPainChangeAt4Weeks())
                .setParameter(6, a.durableResponders()).setParameter(7, a.durableResponderShare())
                .setParameter(8, a.followUpResponseRate()).setParameter(9, a.shrunkScore())
                .setParameter(10, a.platformDurableResponderShare()).setParameter(11, Timestamp.from(now))
                .setParameter(12, a.painCurve().baseline()).setParameter(13, a.painCurve().afterSession())
                .setParameter(14, a.painCurve().at1Week()).setParameter(15, a.painCurve().answeredAt1Week())
                .setParameter(16, a.painCurve().at4Weeks()).setParameter(17, a.painCurve().answeredAt4Weeks())
                .setParameter(18, a.settledReviews()).setParameter(19, sessionType.name())
                .executeUpdate();
    }
}
