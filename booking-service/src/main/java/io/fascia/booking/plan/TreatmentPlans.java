package io.fascia.booking.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.Caller;
import io.fascia.platform.problem.ProblemException;

/**
 * One treatment plan per therapist and client, written after an assessment. An update adds a
 * version; earlier versions stay as they were (the database refuses to change them).
 */
@ApplicationScoped
public class TreatmentPlans {

    private static final TypeReference<List<PlanRequests.Exercise>> EXERCISES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    BookingRepository bookings;

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
        Booking b = bookings.lock(bookingId).filter(x -> x.onScheduleOf(caller))
                .orElseThrow(() -> ProblemException.notFound("There is no booking " + bookingId + " on your schedule."));
        Instant now = Instant.now(clock);
        b.requirePlanWritable(now);
        // One statement creates the plan or claims its next version, so concurrent writers queue on the row.
        Tuple claimed = (Tuple) em.createNativeQuery("""
                INSERT INTO treatment_plan (id, therapist_id, client_subject, current_version, created_at)
                VALUES (?1, ?2, ?3, 1, ?4)
                ON CONFLICT (therapist_id, client_subject) DO UPDATE SET current_version = treatment_plan.current_version + 1
                RETURNING id, current_version""", Tuple.class)
                .setParameter(1, UUID.randomUUID()).setParameter(2, b.therapistId()).setParameter(3, b.clientSubject())
                .setParameter(4, Timestamp.from(now)).getSingleResult();
        UUID planId = claimed.get("id", UUID.class);
        int version = claimed.get("current_version", Number.class).intValue();
        em.persist(new TreatmentPlanVersion(planId, version, bookingId, request, write(request.homecare()), caller.subject(),
                now));
        em.flush();
        return new Written(view(em.find(TreatmentPlan.class, planId), version), version == 1);
    }

    /** The newest version, for the plan's client, its therapist or an admin. */
    @Transactional
    public PlanView current(Caller caller, UUID planId) {
        TreatmentPlan plan = requireVisible(caller, planId);
        return view(plan, plan.currentVersion());
    }

    /** The most versions, and the most plans, one answer lists: the newest ones. */
    public static final int LISTED = 100;

    /** The newest {@link #LISTED} versions, oldest first. */
    @Transactional
    public List<PlanView> versions(Caller caller, UUID planId) {
        TreatmentPlan plan = requireVisible(caller, planId);
        List<TreatmentPlanVersion> newest = new ArrayList<>(em.createQuery(
                "from TreatmentPlanVersion where key.planId = ?1 order by key.version desc", TreatmentPlanVersion.class)
                .setParameter(1, planId).setMaxResults(LISTED).getResultList());
        Collections.reverse(newest);
        return newest.stream().map(v -> v.view(plan, read(v.homecare(), EXERCISES))).toList();
    }

    /** The newest version of each of the client's plans, newest first; the newest {@link #LISTED} plans. */
    @Transactional
    public List<PlanView> ofClient(String client) {
        List<TreatmentPlan> plans = em.createQuery("""
                select p from TreatmentPlan p, TreatmentPlanVersion v
                where v.key.planId = p.id and v.key.version = p.currentVersion and p.clientSubject = ?1
                order by v.writtenAt desc, p.id""", TreatmentPlan.class).setParameter(1, client).setMaxResults(LISTED)
                .getResultList();
        return plans.stream().map(p -> view(p, p.currentVersion())).toList();
    }

    /** One therapist's treatment of one client, which has at most one plan. */
    public record Pair(UUID therapistId, String clientSubject) {

        public static Pair of(Booking booking) {
            return new Pair(booking.therapistId(), booking.clientSubject());
        }
    }

    /** The plan of each booking's therapist and client that has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Pair, UUID> idsFor(List<Booking> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        Set<Pair> wanted = sessions.stream().map(Pair::of).collect(Collectors.toSet());
        return em.createQuery("from TreatmentPlan where therapist.id in :therapists and clientSubject in :clients",
                TreatmentPlan.class)
                .setParameter("therapists", wanted.stream().map(Pair::therapistId).collect(Collectors.toSet()))
                .setParameter("clients", wanted.stream().map(Pair::clientSubject).collect(Collectors.toSet()))
                .getResultStream().filter(p -> wanted.contains(new Pair(p.therapist().id(), p.clientSubject())))
                .collect(Collectors.toMap(p -> new Pair(p.therapist().id(), p.clientSubject()), TreatmentPlan::id));
    }

    /** The plan, if the caller may read it; otherwise "not found". */
    private TreatmentPlan requireVisible(Caller caller, UUID planId) {
        return java.util.Optional.ofNullable(em.find(TreatmentPlan.class, planId)).filter(p -> p.visibleTo(caller))
                .orElseThrow(() -> ProblemException.notFound("You have no treatment plan " + planId + "."));
    }

    private PlanView view(TreatmentPlan plan, int version) {
        TreatmentPlanVersion v = em.find(TreatmentPlanVersion.class, new TreatmentPlanVersion.Key(plan.id(), version));
        return v.view(plan, read(v.homecare(), EXERCISES));
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
