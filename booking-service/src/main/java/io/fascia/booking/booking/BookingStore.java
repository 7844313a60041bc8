package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;

/**
 * Reads and locks booking rows and keeps their history, for the client's side (BookingService),
 * the therapist's side (schedule) and plans alike. Every method needs the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BookingStore {

    /** A booking, whose intake is the one given with it or else the client's latest earlier one with the therapist. */
    private static final String SELECT = """
            SELECT b.id, b.therapist_id, t.display_name, b.offering_id, b.starts_at, b.ends_at, b.status, b.cancelled_by,
                   b.offering_kind, b.offering_title, b.minutes, b.price_cents, b.currency, b.session_type,
                   b.cancellation_window_hours, t.time_zone, EXISTS (SELECT 1 FROM intake own WHERE own.booking_id = b.id),
                   b.client_subject, b.client_name, ik.booking_id, ik.condition_code, array_to_string(ik.body_regions, ','),
                   ik.pain_now, ik.goals, ik.physician_referral, p.id
            FROM booking b
            JOIN bookable_therapist t ON t.therapist_id = b.therapist_id
            LEFT JOIN LATERAL (
                SELECT i.* FROM intake i JOIN booking ib ON ib.id = i.booking_id
                WHERE ib.therapist_id = b.therapist_id AND ib.client_subject = b.client_subject AND ib.created_at <= b.created_at
                ORDER BY i.booking_id = b.id DESC, ib.created_at DESC LIMIT 1) ik ON true
            LEFT JOIN treatment_plan p ON p.therapist_id = b.therapist_id AND p.client_subject = b.client_subject
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** What lifecycle rules need of a booking, read under a row lock. */
    public record Locked(UUID id, UUID therapistId, String therapistSubject, UUID offeringId, String clientSubject,
            String status, Instant startsAt, Instant endsAt, Instant blockedUntil, int cancellationWindowHours,
            String offeringKind, String sessionType, ZoneId zone) {

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    /** Locks the booking row so that concurrent changes to it happen one after the other. */
    public Optional<Locked> lock(UUID id) {
        return read(id, " FOR UPDATE OF b");
    }

    /** The booking if the caller is its client, its therapist or an admin; otherwise "not found", so ids leak nothing. */
    public Locked lockVisible(UUID id, Caller caller) {
        return visibleOrNotFound(lock(id), id, caller);
    }

    /** Like {@link #lockVisible} without the lock, for reads. */
    public Locked findVisible(UUID id, Caller caller) {
        return visibleOrNotFound(read(id, ""), id, caller);
    }

    private static Locked visibleOrNotFound(Optional<Locked> booking, UUID id, Caller caller) {
        return booking.filter(b -> visible(b, caller)).orElseThrow(() -> ProblemException.notFound("You have no booking " + id + "."));
    }

    private Optional<Locked> read(UUID id, String lock) {
        List<?> rows = em.createNativeQuery("""
                SELECT b.id, b.therapist_id, t.subject, b.offering_id, b.client_subject, b.status, b.starts_at, b.ends_at,
                       b.blocked_until, b.cancellation_window_hours, b.offering_kind, b.session_type, t.time_zone
                FROM booking b JOIN bookable_therapist t ON t.therapist_id = b.therapist_id
                WHERE b.id = ?1""" + lock).setParameter(1, id).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(r -> new Locked((UUID) r[0], (UUID) r[1], (String) r[2],
                (UUID) r[3], (String) r[4], (String) r[5], NativeSql.instant(r[6]), NativeSql.instant(r[7]), NativeSql.instant(r[8]),
                ((Number) r[9]).intValue(), (String) r[10], (String) r[11], ZoneId.of((String) r[12])));
    }

    public static boolean visible(Locked booking, Caller caller) {
        return caller.admin() || caller.client() && booking.clientSubject().equals(caller.subject())
                || caller.therapist() && booking.therapistSubject().equals(caller.subject());
    }

    /** Moves the booking to {@code status} and keeps the change, who made it and why, in its history. */
    public void changeStatus(UUID id, String status, String cancelledBy, String actor, String reason) {
        em.createNativeQuery("UPDATE booking SET status = ?1, cancelled_by = ?2 WHERE id = ?3")
                .setParameter(1, status).setParameter(2, cancelledBy).setParameter(3, id).executeUpdate();
        recordChange(id, status, actor, reason);
    }

    public void recordChange(UUID bookingId, String status, String actor, String reason) {
        recordChange(bookingId, status, actor, reason, null, null);
    }

    public void recordChange(UUID bookingId, String status, String actor, String reason, Instant previousStart, Instant newStart) {
        em.createNativeQuery("""
                INSERT INTO booking_status_change (id, booking_id, status, actor, reason, previous_start, new_start, at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, bookingId).setParameter(3, status)
                .setParameter(4, actor).setParameter(5, reason)
                .setParameter(6, previousStart == null ? null : Timestamp.from(previousStart))
                .setParameter(7, newStart == null ? null : Timestamp.from(newStart))
                .setParameter(8, Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    /** The most entries of a booking's history one answer lists: the newest ones. */
    public static final int HISTORY_LISTED = 100;

    /** The newest {@link #HISTORY_LISTED} changes of the booking, oldest first. */
    public List<StatusChange> history(UUID bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT * FROM (SELECT status, actor, reason, previous_start, new_start, at, id FROM booking_status_change
                               WHERE booking_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2) newest
                ORDER BY at, id""").setParameter(1, bookingId).setParameter(2, HISTORY_LISTED).getResultList();
        return rows.stream().map(r -> new StatusChange((String) r[0], (String) r[1], (String) r[2], NativeSql.instantOrNull(r[3]),
                NativeSql.instantOrNull(r[4]), NativeSql.instant(r[5]))).toList();
    }

    public BookingView view(UUID id) {
        return detail(id).booking();
    }

    public BookingDetail detail(UUID id) {
        return detailOf((Object[]) em.createNativeQuery(SELECT + " WHERE b.id = ?1").setParameter(1, id).getSingleResult());
    }

    /**
     * One page of bookings matching {@code where} (SQL over alias {@code b}, positional parameters
     * from ?1), in {@code order}.
     */
    public Page<BookingDetail> page(String where, Map<Integer, Object> parameters, String order, int page, int size) {
        Query count = em.createNativeQuery("SELECT count(*) FROM booking b WHERE " + where);
        Query rows = em.createNativeQuery(SELECT + " WHERE " + where + " ORDER BY " + order + ", b.id");
        parameters.forEach((position, value) -> {
            count.setParameter(position, value);
            rows.setParameter(position, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found.stream().map(BookingStore::detailOf).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    private static BookingDetail detailOf(Object[] b) {
        ZoneId zone = ZoneId.of((String) b[15]);
        int window = ((Number) b[14]).intValue();
        BookingView view = new BookingView((UUID) b[0], (UUID) b[1], (String) b[2], (UUID) b[3], local(b[4], zone),
                local(b[5], zone), (String) b[6], (String) b[7],
                new BookingView.Offered((String) b[8], (String) b[9], ((Number) b[10]).intValue(),
                        BigDecimal.valueOf(((Number) b[11]).longValue(), 2), (String) b[12], (String) b[13]),
                new BookingView.CancellationPolicy(window, "Free cancellation until " + window
                        + " hours before the start; later it counts as a late cancellation.",
                        BookingView.CancellationPolicy.freeUntil(NativeSql.instant(b[4]), window).atZone(zone).toOffsetDateTime()),
                (Boolean) b[16], zone.getId());
        BookingDetail.IntakeView intake = b[19] == null ? null : new BookingDetail.IntakeView((UUID) b[19], (String) b[20],
                Arrays.asList(((String) b[21]).split(",")), ((Number) b[22]).intValue(), (String) b[23], (Boolean) b[24]);
        return new BookingDetail(view, (String) b[17], (String) b[18], intake, (UUID) b[25]);
    }

    private static OffsetDateTime local(Object value, ZoneId zone) {
        return NativeSql.instant(value).atZone(zone).toOffsetDateTime();
    }
}
