package io.fascia.booking.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.availability.Availability;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;

/**
 * Books sessions. The database's exclusion constraint, not this code, decides who gets a contested
 * slot: of racing requests exactly one commits, the others get 409. A retried request with the
 * same Idempotency-Key and body gets the same booking back.
 */
@ApplicationScoped
public class BookingService {

    @Inject
    EntityManager em;

    @Inject
    Availability availability;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    BookingStore store;

    /** @param replayed true when this Idempotency-Key already made the booking */
    public record Booked(BookingView booking, boolean replayed) {
    }

    /**
     * A client's first booking with a therapist carries an intake, which prepares the assessment;
     * bookings that were cancelled do not count as a first one.
     */
    @Transactional
    public boolean intakeNeeded(String client, UUID therapist) {
        // Existence is enough: a client with years of bookings is not counted row by row.
        return em.createNativeQuery("SELECT 1 FROM booking WHERE client_subject = ?1 AND therapist_id = ?2 AND "
                + BookingStatus.HOLDS_TIME_SQL + " LIMIT 1")
                .setParameter(1, client).setParameter(2, therapist).getResultList().isEmpty();
    }

    @Transactional
    public Booked book(Caller caller, String idempotencyKey, BookingRequests.BookingRequest request) {
        String client = caller.subject();
        String fingerprint = fingerprint(request);
        java.util.Optional<Booked> earlier = earlier(client, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }

        List<?> offered = em.createNativeQuery("""
                SELECT t.bookable, t.time_zone, t.cancellation_window_hours, o.kind, o.title, o.minutes, o.price_cents,
                       o.currency, o.session_type, t.subject
                FROM bookable_therapist t JOIN bookable_offering o ON o.therapist_id = t.therapist_id
                WHERE t.therapist_id = ?1 AND o.offering_id = ?2""")
                .setParameter(1, request.therapistId()).setParameter(2, request.offeringId()).getResultList();
        if (offered.isEmpty()) {
            throw ProblemException.notFound("There is no therapist " + request.therapistId() + " with offering "
                    + request.offeringId() + ".");
        }
        Object[] o = (Object[]) offered.get(0);
        if (!(Boolean) o[0]) {
            throw ProblemException.conflict("This therapist cannot be booked at the moment.");
        }
        if (client.equals(o[9])) {
            throw ProblemException.unprocessable("You cannot book a session with yourself.");
        }
        ZoneId zone = ZoneId.of((String) o[1]);
        int minutes = ((Number) o[5]).intValue();
        Instant start = request.start().toInstant();
        Availability.Opening opening = availability.requireOpen(request.therapistId(), request.offeringId(), start, minutes, zone);

        if (request.intake() == null && intakeNeeded(client, request.therapistId())) {
            throw ProblemException.invalid("intake", "is required for your first booking with this therapist: "
                    + "it prepares the assessment");
        }

        UUID id = UUID.randomUUID();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        try {
            em.createNativeQuery("""
                    INSERT INTO booking (id, therapist_id, offering_id, client_subject, starts_at, ends_at, blocked_until, status,
                        offering_kind, offering_title, minutes, price_cents, currency, session_type, cancellation_window_hours,
                        idempotency_key, request_fingerprint, created_at, client_name)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'CONFIRMED', ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)""")
                    .setParameter(1, id).setParameter(2, request.therapistId()).setParameter(3, request.offeringId())
                    .setParameter(4, client).setParameter(5, Timestamp.from(start)).setParameter(6, Timestamp.from(end))
                    .setParameter(7, Timestamp.from(end.plus(opening.buffer()))).setParameter(8, o[3]).setParameter(9, o[4])
                    .setParameter(10, minutes).setParameter(11, o[6]).setParameter(12, o[7]).setParameter(13, o[8])
                    .setParameter(14, o[2]).setParameter(15, idempotencyKey).setParameter(16, fingerprint)
                    .setParameter(17, Timestamp.from(Instant.now(clock))).setParameter(18, caller.name())
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw translate(e);
        }
        if (request.intake() != null) {
            BookingRequests.IntakeRequest intake = request.intake();
            em.createNativeQuery("""
                    INSERT INTO intake (booking_id, condition_code, body_regions, pain_now, goals, physician_referral, consent)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, id).setParameter(2, intake.condition())
                    .setParameter(3, intake.bodyRegions().toArray(String[]::new)).setParameter(4, intake.painNow())
                    .setParameter(5, intake.goals().strip()).setParameter(6, intake.physicianReferral())
                    .setParameter(7, intake.consent()).executeUpdate();
        }
        store.recordChange(id, "CONFIRMED", client, null);
        outbox.publish(SessionEvents.TOPIC, id.toString(), SessionConfirmed.TYPE, new SessionConfirmed(id,
                request.therapistId(), request.offeringId(), client, start, end, (String) o[3], (String) o[8],
                ((Number) o[2]).intValue(), Instant.now(clock)));
        return new Booked(store.view(id), false);
    }

    /**
     * The booking an earlier request with this key made, if it committed: the answer to a retry
     * (or to a double click that raced itself and lost on the constraints, see BookingResource).
     */
    @Transactional
    public java.util.Optional<Booked> replay(Caller caller, String idempotencyKey, BookingRequests.BookingRequest request) {
        return earlier(caller.subject(), idempotencyKey, fingerprint(request));
    }

    private java.util.Optional<Booked> earlier(String client, String idempotencyKey, String fingerprint) {
        List<?> earlier = em.createNativeQuery(
                "SELECT id, request_fingerprint FROM booking WHERE client_subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, client).setParameter(2, idempotencyKey).getResultList();
        if (earlier.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] row = (Object[]) earlier.get(0);
        if (!fingerprint.equals(row[1])) {
            throw ProblemException.unprocessable("This Idempotency-Key was already used for a different booking request.");
        }
        return java.util.Optional.of(new Booked(store.view((UUID) row[0]), true));
    }

    /**
     * The client cancels their own booking: free until the cancellation window copied into the
     * booking, LATE_CANCEL inside it. Either way the time is free again for others.
     */
    @Transactional
    public BookingView cancelByClient(Caller caller, UUID bookingId, String reason) {
        BookingStore.Locked b = ownedByClient(caller, bookingId);
        Instant now = Instant.now(clock);
        requireUpcoming(b, now, "cancelled");
        boolean late = insideWindow(b, now);
        String status = (late ? BookingStatus.LATE_CANCEL : BookingStatus.CANCELLED).name();
        store.changeStatus(bookingId, status, "CLIENT", caller.subject(), reason);
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCancelled.TYPE, new SessionCancelled(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), "CLIENT", late, reason, now));
        return store.view(bookingId);
    }

    /**
     * Moves the client's booking to another open start in one statement: the exclusion constraint
     * either lets the row move or refuses it (409), so the client never ends up with both slots or
     * neither. Closed inside the cancellation window, which a reschedule would otherwise bypass.
     * Asking for the start the booking already has changes nothing, so a retry is harmless.
     */
    @Transactional
    public BookingView reschedule(Caller caller, UUID bookingId, OffsetDateTime requestedStart) {
        BookingStore.Locked b = ownedByClient(caller, bookingId);
        Instant now = Instant.now(clock);
        requireUpcoming(b, now, "rescheduled");
        Instant start = requestedStart.toInstant();
        if (start.equals(b.startsAt())) {
            return store.view(bookingId);
        }
        if (insideWindow(b, now)) {
            throw ProblemException.conflict("This session starts within the " + b.cancellationWindowHours()
                    + "-hour cancellation window, so it can no longer be moved online; cancel it or contact the therapist.");
        }
        List<?> bookable = em.createNativeQuery("""
                SELECT 1 FROM bookable_therapist t JOIN bookable_offering o ON o.therapist_id = t.therapist_id
                WHERE t.therapist_id = ?1 AND o.offering_id = ?2 AND t.bookable""")
                .setParameter(1, b.therapistId()).setParameter(2, b.offeringId()).getResultList();
        if (bookable.isEmpty()) {
            throw ProblemException.conflict("This therapist or offering cannot be booked at the moment; your booking is unchanged.");
        }
        Duration length = Duration.between(b.startsAt(), b.endsAt());
        Availability.Opening opening = availability.requireOpen(b.therapistId(), b.offeringId(), start,
                (int) length.toMinutes(), b.zone());
        Instant end = start.plus(length);
        try {
            em.createNativeQuery("UPDATE booking SET starts_at = ?1, ends_at = ?2, blocked_until = ?3 WHERE id = ?4")
                    .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end))
                    .setParameter(3, Timestamp.from(end.plus(opening.buffer()))).setParameter(4, bookingId).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            throw translate(e);
        }
        store.recordChange(bookingId, StatusChange.RESCHEDULED, caller.subject(), null, b.startsAt(), start);
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionRescheduled.TYPE, new SessionRescheduled(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), start, end, now));
        return store.view(bookingId);
    }

    /** The booking with its intake and plan, for its client, its therapist or an admin. */
    @Transactional
    public BookingDetail detail(Caller caller, UUID bookingId) {
        store.findVisible(bookingId, caller);
        return store.detail(bookingId);
    }

    /** Every change the booking went through, oldest first; for its client, its therapist or an admin. */
    @Transactional
    public List<StatusChange> historyOf(Caller caller, UUID bookingId) {
        store.findVisible(bookingId, caller);
        return store.history(bookingId);
    }

    /** Which of a client's bookings to list: upcoming soonest first, past most recent first. */
    public enum When {
        UPCOMING, PAST, ALL
    }

    @Transactional
    public Page<BookingView> ofClient(String client, When when, int page, int size) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        Map<Integer, Object> parameters = new HashMap<>(Map.of(1, client));
        String where = "b.client_subject = ?1";
        String order = "b.starts_at DESC";
        if (when == When.UPCOMING) {
            where += " AND b.ends_at > ?2";
            order = "b.starts_at";
            parameters.put(2, now);
        } else if (when == When.PAST) {
            where += " AND b.ends_at <= ?2";
            parameters.put(2, now);
        }
        Page<BookingDetail> details = store.page(where, parameters, order, page, size);
        return new Page<>(details.items().stream().map(BookingDetail::booking).toList(), page, size, details.total());
    }

    private BookingStore.Locked ownedByClient(Caller caller, UUID bookingId) {
        return store.lock(bookingId).filter(b -> b.clientSubject().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("You have no booking " + bookingId + "."));
    }

    private static void requireUpcoming(BookingStore.Locked b, Instant now, String verb) {
        if (!b.confirmed()) {
            throw ProblemException.conflict("Only a confirmed booking can be " + verb + "; this one is " + b.status() + ".");
        }
        if (!b.startsAt().isAfter(now)) {
            throw ProblemException.conflict("This session has already started.");
        }
    }

    private static boolean insideWindow(BookingStore.Locked b, Instant now) {
        return now.isAfter(BookingView.CancellationPolicy.freeUntil(b.startsAt(), b.cancellationWindowHours()));
    }

    /** 23P01: the exclusion constraint saw an overlap. 23505: the same key raced itself. */
    static RuntimeException translate(PersistenceException e) {
        String state = NativeSql.sqlState(e);
        if ("23P01".equals(state)) {
            return ProblemException.conflict("That time was just booked by someone else; please pick another slot.");
        }
        if ("23505".equals(state)) {
            return ProblemException.conflict("A request with this Idempotency-Key is being processed; retry it to get its result.");
        }
        return e;
    }

    private String fingerprint(BookingRequests.BookingRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(new BookingRequests.BookingRequest(request.therapistId(),
                    request.offeringId(), request.start().withOffsetSameInstant(java.time.ZoneOffset.UTC), request.intake()))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a booking request", e);
        }
    }
}
