package io.fascia.booking.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.BookingStore;
import io.fascia.booking.booking.Caller;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;

/**
 * One treatment plan per therapist and client, written after an assessment. An update adds a
 * version; earlier versions stay as they were (the database refuses to change them).
 */
@ApplicationScoped
public class TreatmentPlans {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<PlanRequests.Exercise>> EXERCISES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    BookingStore store;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** @param created true when this made the plan's first version */
    public record Written(PlanView plan, boolean created) {
    }

    /**
     * Writes the next version of the plan for the booking's client. Only the booking's therapist,
     * and only once the session has started: the plan records an assessment.
     */
    @Transactional
    public Written write(Caller caller, UUID bookingId, PlanRequests.PlanRequest request) {
        BookingStore.Locked b = store.lock(bookingId).filter(x -> x.therapistSubject().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("There is no booking " + bookingId + " on your schedule."));
        Instant now = Instant.now(clock);
        if (!b.confirmed() && !"COMPLETED".equals(b.status())) {
            throw ProblemException.conflict("A plan records an assessment; this booking is " + b.status() + ".");
        }
        if (b.startsAt().isAfter(now)) {
            throw ProblemException.conflict("A plan records an assessment, so it can be written once the session has started.");
        }
        // One statement creates the plan or claims its next version, so concurrent writers queue on the row.
        Object[] plan = (Object[]) em.createNativeQuery("""
                INSERT INTO treatment_plan (id, therapist_id, client_subject, current_version, created_at)
                VALUES (?1, ?2, ?3, 1, ?4)
                ON CONFLICT (therapist_id, client_subject) DO UPDATE SET current_version = treatment_plan.current_version + 1
                RETURNING id, current_version""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, b.therapistId()).setParameter(3, b.clientSubject())
                .setParameter(4, Timestamp.from(now)).getSingleResult();
        UUID planId = (UUID) plan[0];
        int version = ((Number) plan[1]).intValue();
        PlanRequests.Findings findings = request.findings();
        em.createNativeQuery("""
                INSERT INTO treatment_plan_version (plan_id, version, booking_id, painful_regions, cause_regions, compensations,
                    goals, planned_sessions, interval_days, homecare, written_by, written_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS jsonb), ?11, ?12)""")
                .setParameter(1, planId).setParameter(2, version).setParameter(3, bookingId)
                .setParameter(4, findings.painfulRegions().toArray(String[]::new))
                .setParameter(5, findings.suspectedCauseRegions().toArray(String[]::new))
                .setParameter(6, findings.compensations() == null ? "" : findings.compensations().strip())
                .setParameter(7, request.goals().stream().map(String::strip).toArray(String[]::new))
                .setParameter(8, request.plannedSessions()).setParameter(9, request.intervalDays())
                .setParameter(10, write(request.homecare())).setParameter(11, caller.subject())
                .setParameter(12, Timestamp.from(now)).executeUpdate();
        return new Written(version(planId, version), version == 1);
    }

    /** The newest version, for the plan's client, its therapist or an admin. */
    @Transactional
    public PlanView current(Caller caller, UUID planId) {
        return version(planId, requireVisible(caller, planId));
    }

    /** The most versions, and the most plans, one answer lists: the newest ones. */
    public static final int LISTED = 100;

    /** The newest {@link #LISTED} versions, oldest first. */
    @Transactional
    public List<PlanView> versions(Caller caller, UUID planId) {
        int latest = requireVisible(caller, planId);
        return java.util.stream.IntStream.rangeClosed(Math.max(1, latest - LISTED + 1), latest).mapToObj(v -> version(planId, v))
                .toList();
    }

    /** The newest version of each of the client's plans, newest first; the newest {@link #LISTED} plans. */
    @Transactional
    public List<PlanView> ofClient(String client) {
        @SuppressWarnings("unchecked")
        List<Object[]> plans = em.createNativeQuery("""
                SELECT p.id, p.current_version FROM treatment_plan p
                JOIN treatment_plan_version v ON v.plan_id = p.id AND v.version = p.current_version
                WHERE p.client_subject = ?1 ORDER BY v.written_at DESC, p.id LIMIT ?2""").setParameter(1, client)
                .setParameter(2, LISTED).getResultList();
        return plans.stream().map(p -> version((UUID) p[0], ((Number) p[1]).intValue())).toList();
    }

    /** The plan's newest version number, if the caller may read it; otherwise "not found". */
    private int requireVisible(Caller caller, UUID planId) {
        List<?> found = em.createNativeQuery("""
                SELECT p.current_version, p.client_subject, t.subject FROM treatment_plan p
                JOIN bookable_therapist t ON t.therapist_id = p.therapist_id WHERE p.id = ?1""")
                .setParameter(1, planId).getResultList();
        return found.stream().map(Object[].class::cast)
                .filter(p -> caller.admin() || caller.client() && caller.subject().equals(p[1])
                        || caller.therapist() && caller.subject().equals(p[2]))
                .map(p -> ((Number) p[0]).intValue()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("You have no treatment plan " + planId + "."));
    }

    private PlanView version(UUID planId, int version) {
        Object[] v = (Object[]) em.createNativeQuery("""
                SELECT p.therapist_id, t.display_name, p.client_subject, p.current_version, v.booking_id,
                       to_jsonb(v.painful_regions)::text, to_jsonb(v.cause_regions)::text, v.compensations,
                       to_jsonb(v.goals)::text, v.planned_sessions, v.interval_days, v.homecare::text, v.written_by, v.written_at
                FROM treatment_plan p JOIN treatment_plan_version v ON v.plan_id = p.id
                JOIN bookable_therapist t ON t.therapist_id = p.therapist_id
                WHERE p.id = ?1 AND v.version = ?2""").setParameter(1, planId).setParameter(2, version).getSingleResult();
        return new PlanView(planId, (UUID) v[0], (String) v[1], (String) v[2], version, ((Number) v[3]).intValue(),
                (UUID) v[4], new PlanRequests.Findings(read((String) v[5], STRINGS), read((String) v[6], STRINGS), (String) v[7]),
                read((String) v[8], STRINGS), ((Number) v[9]).intValue(), ((Number) v[10]).intValue(),
                read((String) v[11], EXERCISES), (String) v[12], NativeSql.instant(v[13]));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a plan's homecare as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored plan is not readable JSON", e);
        }
    }
}
