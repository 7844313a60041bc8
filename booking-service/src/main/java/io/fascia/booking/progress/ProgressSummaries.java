package io.fascia.booking.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.PlanView;
import io.fascia.booking.plan.TreatmentPlan;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.platform.sql.NativeSql;

/**
 * Composes the summary of one treatment from what booking keeps: the plan's newest version, the
 * sessions the client attended, the intake that named the condition, the therapist's verified
 * credentials (from directory's snapshots) and the pain the client reported (from review's events).
 */
@ApplicationScoped
public class ProgressSummaries {

    @Inject
    EntityManager em;

    @Inject
    TreatmentPlans plans;

    @Transactional(Transactional.TxType.MANDATORY)
    public ProgressSummary of(Caller caller, TreatmentPlan plan, Instant now) {
        PlanView current = plans.current(caller, plan.id());
        UUID therapist = plan.therapist().id();
        String client = plan.clientSubject();

        Tuple listing = (Tuple) em.createNativeQuery("""
                SELECT display_name, time_zone, array_to_string(badges, ',') AS badges
                FROM bookable_therapist WHERE therapist_id = ?1""", Tuple.class).setParameter(1, therapist).getSingleResult();
        String badges = listing.get("badges", String.class);
        var credentials = badges == null || badges.isEmpty() ? List.<String>of() : Arrays.asList(badges.split(","));

        List<?> names = em.createNativeQuery("""
                SELECT client_name FROM booking WHERE therapist_id = ?1 AND client_subject = ?2 AND client_name IS NOT NULL
                ORDER BY created_at DESC LIMIT 1""").setParameter(1, therapist).setParameter(2, client).getResultList();
        List<?> conditions = em.createNativeQuery("""
                SELECT i.condition_code FROM intake i JOIN booking b ON b.id = i.booking_id
                WHERE b.therapist_id = ?1 AND b.client_subject = ?2 ORDER BY b.created_at DESC LIMIT 1""")
                .setParameter(1, therapist).setParameter(2, client).getResultList();

        List<Tuple> attended = em.createNativeQuery("""
                SELECT b.starts_at, i.pain_now FROM booking b LEFT JOIN intake i ON i.booking_id = b.id
                WHERE b.therapist_id = ?1 AND b.client_subject = ?2 AND b.status = 'COMPLETED' ORDER BY b.starts_at""",
                Tuple.class).setParameter(1, therapist).setParameter(2, client).getResultList();
        List<ProgressSummary.PainPoint> pain = new ArrayList<>();
        List<Instant> sessions = new ArrayList<>();
        for (Tuple session : attended) {
            Instant start = NativeSql.instant(session.get("starts_at"));
            sessions.add(start);
            if (session.get("pain_now") != null) {
                // Only an intake given with this very session measures its "before"; an earlier one is not re-counted.
                pain.add(new ProgressSummary.PainPoint(ProgressSummary.Measure.BEFORE_SESSION,
                        session.get("pain_now", Number.class).intValue(), start, null));
            }
        }
        List<Tuple> reports = em.createNativeQuery("""
                SELECT p.measure, p.pain, p.due_after,
                       CASE WHEN p.measure = 'AFTER_SESSION' THEN b.ends_at ELSE p.reported_at END AS at
                FROM pain_report p JOIN booking b ON b.id = p.booking_id
                WHERE b.therapist_id = ?1 AND b.client_subject = ?2 AND b.status = 'COMPLETED'""", Tuple.class)
                .setParameter(1, therapist).setParameter(2, client).getResultList();
        for (Tuple report : reports) {
            pain.add(new ProgressSummary.PainPoint(ProgressSummary.Measure.valueOf(report.get("measure", String.class)),
                    report.get("pain", Number.class).intValue(), NativeSql.instant(report.get("at")),
                    report.get("due_after", String.class)));
        }
        // In time order; at one moment, "before" comes before "after".
        pain.sort(Comparator.comparing(ProgressSummary.PainPoint::at).thenComparing(ProgressSummary.PainPoint::measure));

        return new ProgressSummary(names.isEmpty() ? null : (String) names.get(0),
                conditions.isEmpty() ? null : (String) conditions.get(0),
                new ProgressSummary.Therapist(listing.get("display_name", String.class), credentials,
                        listing.get("time_zone", String.class)),
                current.goals(), current.plannedSessions(), current.intervalDays(), current.homecare(), current.writtenAt(),
                sessions.size(), latest(sessions, ProgressSummary.SESSIONS_LISTED), latest(pain, ProgressSummary.POINTS_MAX),
                now);
    }

    private static <T> List<T> latest(List<T> items, int max) {
        return List.copyOf(items.subList(Math.max(0, items.size() - max), items.size()));
    }
}
