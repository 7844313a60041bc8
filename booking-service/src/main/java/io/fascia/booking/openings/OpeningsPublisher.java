package io.fascia.booking.openings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes therapists' next openings for directory's search: those a change has marked (by the
 * triggers of migration V8: a booking, a cancellation, a move, new hours, a changed offering) and
 * those whose first published opening has come within their minimum notice (so can no longer be
 * booked), in batches, through the outbox. Batching
 * spares a busy therapist one snapshot per booking; the row locks (SKIP LOCKED) let several
 * replicas share the work without publishing a therapist twice at once.
 */
@ApplicationScoped
public class OpeningsPublisher {

    /** The most therapists one pass publishes; the next pass takes the rest. */
    static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    Availability availability;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(every = "${fascia.booking.openings.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        while (QuarkusTransaction.requiringNew().call(this::publishBatch) == BATCH) {
            // a full batch: more may wait
        }
    }

    /** Publishes one batch of therapists whose openings may have moved; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishBatch() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                WITH marked AS (
                    DELETE FROM openings_to_publish WHERE therapist_id IN (
                        SELECT therapist_id FROM openings_to_publish ORDER BY marked_at LIMIT ?1 FOR UPDATE SKIP LOCKED)
                    RETURNING therapist_id),
                passed AS (
                    SELECT p.therapist_id FROM openings_published p
                    JOIN availability_settings a ON a.therapist_id = p.therapist_id
                    WHERE p.first_start <= CAST(?2 AS timestamptz) + make_interval(hours => a.minimum_notice_hours)
                    ORDER BY p.first_start LIMIT ?1 FOR UPDATE OF p SKIP LOCKED)
                SELECT therapist_id FROM marked UNION SELECT therapist_id FROM passed""", UUID.class)
                .setParameter(1, BATCH).setParameter(2, Timestamp.from(now)).getResultList();
        for (UUID therapist : due) {
            publish(therapist, now);
        }
        return due.size();
    }

    private void publish(UUID therapist, Instant now) {
        BookableTherapist found = em.find(BookableTherapist.class, therapist);
        if (found == null) {
            return;
        }
        Map<String, List<OffsetDateTime>> byKind = availability.nextOpenings(therapist, NextOpenings.LISTED);
        NextOpenings openings = new NextOpenings(therapist, found.zone().getId(), byKind.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new NextOpenings.KindOpenings(e.getKey(), e.getValue())).toList(), now);
        OffsetDateTime first = byKind.values().stream().flatMap(List::stream).min(OffsetDateTime::compareTo).orElse(null);
        em.createNativeQuery("""
                INSERT INTO openings_published (therapist_id, first_start, published_at) VALUES (?1, CAST(?2 AS timestamptz), ?3)
                ON CONFLICT (therapist_id) DO UPDATE SET first_start = excluded.first_start,
                    published_at = excluded.published_at""")
                .setParameter(1, therapist).setParameter(2, first == null ? null : Timestamp.from(first.toInstant()))
                .setParameter(3, Timestamp.from(now)).executeUpdate();
        outbox.publish(NextOpenings.TOPIC, therapist.toString(), NextOpenings.TYPE, openings);
    }
}
