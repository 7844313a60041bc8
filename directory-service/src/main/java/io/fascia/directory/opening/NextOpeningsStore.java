package io.fascia.directory.opening;

import java.sql.Timestamp;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;

/**
 * Applies a therapist's next openings to search's read model, once per message id, in one
 * transaction; an older snapshot than the one applied never wins.
 */
@ApplicationScoped
public class NextOpeningsStore {

    static final String CONSUMER = "directory.booking-openings";
    private static final Set<String> KINDS = Set.of("INITIAL_ASSESSMENT", "FOLLOW_UP", "OTHER");

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    public void apply(String messageId, NextOpenings openings) {
        check(openings);
        messageLog.once(CONSUMER, messageId, () -> {
            Timestamp at = Timestamp.from(openings.computedAt());
            int newer = em.createNativeQuery("""
                    INSERT INTO next_opening_snapshot (therapist_id, computed_at) VALUES (?1, ?2)
                    ON CONFLICT (therapist_id) DO UPDATE SET computed_at = excluded.computed_at
                    WHERE next_opening_snapshot.computed_at <= excluded.computed_at""")
                    .setParameter(1, openings.therapistId()).setParameter(2, at).executeUpdate();
            if (newer == 0) {
                return;
            }
            em.createNativeQuery("DELETE FROM next_opening WHERE therapist_id = ?1").setParameter(1, openings.therapistId())
                    .executeUpdate();
            for (NextOpenings.KindOpenings kind : openings.offerings()) {
                Timestamp[] starts = kind.starts().stream().sorted().map(s -> Timestamp.from(s.toInstant()))
                        .toArray(Timestamp[]::new);
                em.createNativeQuery("""
                        INSERT INTO next_opening (therapist_id, offering_kind, starts, first_start, time_zone, computed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                        .setParameter(1, openings.therapistId()).setParameter(2, kind.offeringKind())
                        .setParameter(3, starts).setParameter(4, starts[0]).setParameter(5, openings.timeZone())
                        .setParameter(6, at).executeUpdate();
            }
        });
    }

    /** A snapshot that breaks the schema can never be applied. */
    private static void check(NextOpenings openings) {
        if (openings.therapistId() == null || openings.computedAt() == null || openings.offerings() == null
                || openings.timeZone() == null || openings.timeZone().isBlank()) {
            throw new PoisonMessage("therapistId, timeZone, offerings and computedAt are required");
        }
        for (NextOpenings.KindOpenings kind : openings.offerings()) {
            if (kind == null || !KINDS.contains(kind.offeringKind()) || kind.starts() == null || kind.starts().isEmpty()
                    || kind.starts().size() > 3 || kind.starts().stream().anyMatch(s -> s == null)) {
                throw new PoisonMessage("an offering kind with 1 to 3 starts is required, got " + kind);
            }
        }
        if (openings.offerings().stream().map(NextOpenings.KindOpenings::offeringKind).distinct().count()
                != openings.offerings().size()) {
            throw new PoisonMessage("each offering kind at most once");
        }
    }
}
