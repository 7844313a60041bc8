package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
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

    /** @param replayed true when this Idempotency-Key already made the booking */
    public record Booked(BookingView booking, boolean replayed) {
    }

    @Transactional
    public Booked book(String client, String idempotencyKey, BookingRequests.BookingRequest request) {
        String fingerprint = fingerprint(request);
        List<?> earlier = em.createNativeQuery(
                "SELECT id, request_fingerprint FROM booking WHERE client_subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, client).setParameter(2, idempotencyKey).getResultList();
        if (!earlier.isEmpty()) {
            Object[] row = (Object[]) earlier.get(0);
            if (!fingerprint.equals(row[1])) {
                throw ProblemException.unprocessable("This Idempotency-Key was already used for a different booking request.");
            }
            return new Booked(view((UUID) row[0]), true);
        }

        List<?> offered = em.createNativeQuery("""
                SELECT t.bookable, t.time_zone, t.cancellation_window_hours, o.kind, o.title, o.minutes, o.price_cents,
                       o.currency, o.session_type
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
        ZoneId zone = ZoneId.of((String) o[1]);
        int minutes = ((Number) o[5]).intValue();
        Instant start = request.start().toInstant();
        Availability.Opening opening = availability.requireOpen(request.therapistId(), request.offeringId(), start, minutes, zone);

        boolean firstWithTherapist = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM booking WHERE client_subject = ?1 AND therapist_id = ?2
                AND status NOT IN ('CANCELLED', 'LATE_CANCEL')""")
                .setParameter(1, client).setParameter(2, request.therapistId()).getSingleResult()).longValue() == 0;
        if (firstWithTherapist && request.intake() == null) {
            throw ProblemException.invalid("intake", "is required for your first booking with this therapist: "
                    + "it prepares the assessment");
        }

        UUID id = UUID.randomUUID();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        try {
            em.createNativeQuery("""
                    INSERT INTO booking (id, therapist_id, offering_id, client_subject, starts_at, ends_at, blocked_until, status,
                        offering_kind, offering_title, minutes, price_cents, currency, session_type, cancellation_window_hours,
                        idempotency_key, request_fingerprint, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'CONFIRMED', ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)""")
                    .setParameter(1, id).setParameter(2, request.therapistId()).setParameter(3, request.offeringId())
                    .setParameter(4, client).setParameter(5, Timestamp.from(start)).setParameter(6, Timestamp.from(end))
                    .setParameter(7, Timestamp.from(end.plus(opening.buffer()))).setParameter(8, o[3]).setParameter(9, o[4])
                    .setParameter(10, minutes).setParameter(11, o[6]).setParameter(12, o[7]).setParameter(13, o[8])
                    .setParameter(14, o[2]).setParameter(15, idempotencyKey).setParameter(16, fingerprint)
                    .setParameter(17, Timestamp.from(Instant.now(clock)))
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
        history(id, "CONFIRMED", client, null);
        outbox.publish(SessionConfirmed.TOPIC, id.toString(), SessionConfirmed.TYPE, new SessionConfirmed(id,
                request.therapistId(), request.offeringId(), client, start, end, (String) o[3], (String) o[8],
                ((Number) o[2]).intValue(), Instant.now(clock)));
        return new Booked(view(id), false);
    }

    /**
     * The client cancels their own booking: free until the cancellation window copied into the
     * booking, LATE_CANCEL inside it. Either way the time is free again for others.
     */
    @Transactional
    public BookingView cancelByClient(String client, UUID bookingId, String reason) {
        List<?> found = em.createNativeQuery("""
                SELECT status, starts_at, cancellation_window_hours, therapist_id FROM booking
                WHERE id = ?1 AND client_subject = ?2 FOR UPDATE""")
                .setParameter(1, bookingId).setParameter(2, client).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("You have no booking " + bookingId + ".");
        }
        Object[] b = (Object[]) found.get(0);
        Instant start = instant(b[1]);
        Instant now = Instant.now(clock);
        if (!"CONFIRMED".equals(b[0])) {
            throw ProblemException.conflict("Only a confirmed booking can be cancelled; this one is " + b[0] + ".");
        }
        if (!start.isAfter(now)) {
            throw ProblemException.conflict("This session has already started.");
        }
        boolean late = now.isAfter(start.minus(Duration.ofHours(((Number) b[2]).intValue())));
        String status = late ? "LATE_CANCEL" : "CANCELLED";
        em.createNativeQuery("UPDATE booking SET status = ?1 WHERE id = ?2").setParameter(1, status).setParameter(2, bookingId)
                .executeUpdate();
        history(bookingId, status, client, reason);
        outbox.publish(SessionConfirmed.TOPIC, bookingId.toString(), SessionCancelled.TYPE, new SessionCancelled(bookingId,
                (UUID) b[3], client, start, "CLIENT", late, reason, now));
        return view(bookingId);
    }

    /** Every status the client's booking went through, oldest first. */
    @Transactional
    public List<StatusChange> historyOf(String client, UUID bookingId) {
        long mine = ((Number) em.createNativeQuery("SELECT count(*) FROM booking WHERE id = ?1 AND client_subject = ?2")
                .setParameter(1, bookingId).setParameter(2, client).getSingleResult()).longValue();
        if (mine == 0) {
            throw ProblemException.notFound("You have no booking " + bookingId + ".");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT status, actor, reason, at FROM booking_status_change WHERE booking_id = ?1 ORDER BY at, id")
                .setParameter(1, bookingId).getResultList();
        return rows.stream().map(r -> new StatusChange((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    public record StatusChange(String status, String actor, String reason, Instant at) {
    }

    private void history(UUID bookingId, String status, String actor, String reason) {
        em.createNativeQuery("INSERT INTO booking_status_change (id, booking_id, status, actor, reason, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, bookingId).setParameter(3, status)
                .setParameter(4, actor).setParameter(5, reason).setParameter(6, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    @Transactional
    public List<BookingView> ofClient(String client) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM booking WHERE client_subject = ?1 ORDER BY starts_at DESC, id")
                .setParameter(1, client).setMaxResults(200).getResultList();
        return ids.stream().map(this::view).toList();
    }

    private BookingView view(UUID id) {
        Object[] b = (Object[]) em.createNativeQuery("""
                SELECT b.therapist_id, b.offering_id, b.starts_at, b.ends_at, b.status, b.offering_kind, b.offering_title,
                       b.minutes, b.price_cents, b.currency, b.session_type, b.cancellation_window_hours, t.time_zone,
                       EXISTS (SELECT 1 FROM intake i WHERE i.booking_id = b.id)
                FROM booking b JOIN bookable_therapist t ON t.therapist_id = b.therapist_id WHERE b.id = ?1""")
                .setParameter(1, id).getSingleResult();
        ZoneId zone = ZoneId.of((String) b[12]);
        int window = ((Number) b[11]).intValue();
        return new BookingView(id, (UUID) b[0], (UUID) b[1], instant(b[2]).atZone(zone).toOffsetDateTime(),
                instant(b[3]).atZone(zone).toOffsetDateTime(), (String) b[4],
                new BookingView.Offered((String) b[5], (String) b[6], ((Number) b[7]).intValue(),
                        BigDecimal.valueOf(((Number) b[8]).longValue(), 2), (String) b[9], (String) b[10]),
                new BookingView.CancellationPolicy(window, "Free cancellation until " + window
                        + " hours before the start; later it counts as a late cancellation."),
                (Boolean) b[13]);
    }

    /** 23P01: the exclusion constraint saw an overlap. 23505: the same key raced itself. */
    private static RuntimeException translate(PersistenceException e) {
        String state = sqlState(e);
        if ("23P01".equals(state)) {
            return ProblemException.conflict("That time was just booked by someone else; please pick another slot.");
        }
        if ("23505".equals(state)) {
            return ProblemException.conflict("A request with this Idempotency-Key is being processed; retry it to get its result.");
        }
        return e;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
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

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : (Instant) value;
    }
}
