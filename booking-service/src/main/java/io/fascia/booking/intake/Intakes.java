package io.fascia.booking.intake;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.Caller;

/**
 * The intake's rules: when a booking needs one, which intake prepares a session, and who may read
 * it. An intake is health data.
 */
@ApplicationScoped
public class Intakes {

    @Inject
    EntityManager em;

    @Inject
    BookingRepository bookings;

    /**
     * A client's first booking with a therapist carries an intake, which prepares the assessment;
     * bookings that were cancelled do not count as a first one.
     */
    @Transactional
    public boolean needed(String client, UUID therapist) {
        return !bookings.anyHoldingTime(client, therapist);
    }

    /** Keeps the intake given with a new booking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void give(Booking booking, BookingRequests.IntakeRequest request) {
        em.persist(new Intake(booking, request));
    }

    /**
     * Who may read the intake that prepares a booking: the booking's client, its therapist and
     * admins, exactly those who may see the booking; everyone else is told the booking does not exist.
     */
    public static boolean readableBy(Caller caller, Booking booking) {
        return booking.visibleTo(caller);
    }

    /** Which of these bookings were given an intake of their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> givenWith(Collection<UUID> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select i.bookingId from Intake i where i.bookingId in :ids", UUID.class)
                .setParameter("ids", bookingIds).getResultList());
    }

    /** The intake that prepares each of these bookings that has one, by booking id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Intake> preparing(List<Booking> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        List<Intake> given = em.createQuery("""
                select i from Intake i join fetch i.givenWith b
                where b.therapist.id in :therapists and b.clientSubject in :clients""", Intake.class)
                .setParameter("therapists", sessions.stream().map(Booking::therapistId).collect(Collectors.toSet()))
                .setParameter("clients", sessions.stream().map(Booking::clientSubject).collect(Collectors.toSet()))
                .getResultList();
        Map<UUID, Intake> preparing = new HashMap<>();
        for (Booking session : sessions) {
            preparing(session, given).ifPresent(intake -> preparing.put(session.id(), intake));
        }
        return preparing;
    }

    /**
     * The intake that prepares a session: the one given with it, or else the one given with the
     * client's latest earlier booking with the same therapist, so a follow-up session shows what
     * the client said before their first.
     */
    static Optional<Intake> preparing(Booking session, Collection<Intake> given) {
        return given.stream()
                .filter(i -> sameTreatment(i.givenWith(), session) && !i.givenWith().createdAt().isAfter(session.createdAt()))
                .max(Comparator.comparing((Intake i) -> i.bookingId().equals(session.id()))
                        .thenComparing(i -> i.givenWith().createdAt()));
    }

    private static boolean sameTreatment(Booking a, Booking b) {
        return a.therapistId().equals(b.therapistId()) && a.clientSubject().equals(b.clientSubject());
    }
}
