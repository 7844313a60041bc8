package io.fascia.review.outcome;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Aggregates stored before the pain curve existed (migration V2) get it at start: each such
 * therapist is recomputed by {@link Outcomes#refresh}, the same code every review runs, one
 * therapist per transaction. Once none is left this finds nothing and costs one query.
 */
@ApplicationScoped
public class PainCurveBackfill {

    private static final Logger LOG = Logger.getLogger(PainCurveBackfill.class);

    @Inject
    EntityManager em;

    @Inject
    Outcomes outcomes;

    void onStart(@Observes StartupEvent start) {
        int done = run();
        if (done > 0) {
            LOG.infof("Recomputed the outcome aggregates of %d therapists to add their pain curve", done);
        }
    }

    /** @return how many therapists were recomputed */
    public int run() {
        @SuppressWarnings("unchecked")
        List<UUID> therapists = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT DISTINCT therapist_id FROM outcome_aggregate WHERE mean_pain_baseline IS NULL").getResultList());
        therapists.forEach(therapist -> QuarkusTransaction.requiringNew().run(() -> outcomes.refresh(therapist)));
        return therapists.size();
    }
}
