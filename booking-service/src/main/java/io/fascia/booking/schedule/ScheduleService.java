package io.fascia.booking.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingStore;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.SessionCancelled;
import io.fascia.booking.booking.SessionCompleted;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.booking.SessionNoShow;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Page;

/** The therapist's side of bookings: their schedule, cancelling with a reason, and how a session ended. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    EntityManager em;

    @Inject
    BookingStore store;

    @Inject
    Availability availability;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The bookings of a therapist starting on local dates {@code from} to {@code to} (inclusive), soonest first. */
    @Transactional
    public Page<BookingDetail> schedule(UUID therapist, LocalDate from, LocalDate to, String status, int page, int size) {
        ZoneId zone = zoneOfTherapist(therapist);
        Map<Integer, Object> parameters = new HashMap<>(Map.of(1, therapist,
                2, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                3, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant())));
        String where = "b.therapist_id = ?1 AND b.starts_at >= ?2 AND b.starts_at < ?3";
        if (status != null) {
            where += " AND b.status = ?4";
            parameters.put(4, status);
        }
        return store.page(where, parameters, "b.starts_at", page, size);
    }

    /** The token subject's own schedule. */
    @Transactional
    public Page<BookingDetail> ownSchedule(String subject, LocalDate from, LocalDate to, String status, int page, int size) {
        return schedule(availability.therapistOf(subject), from, to, status, page, size);
    }

    /** The therapist's zone, for defaulting a date range to "today" where the therapist works. */
    @Transactional
    public ZoneId zoneOf(String subject) {
        return zoneOfTherapist(availability.therapistOf(subject));
    }

    @Transactional
    public ZoneId zoneOfTherapist(UUID therapist) {
        List<?> zones = em.createNativeQuery("SELECT time_zone FROM bookable_therapist WHERE therapist_id = ?1")
                .setParameter(1, therapist).getResultList();
        if (zones.isEmpty()) {
            throw ProblemException.notFound("There is no therapist " + therapist + ".");
        }
        return ZoneId.of((String) zones.get(0));
    }

    /** The therapist cancels a confirmed session that has not ended; never late, and the reason is kept. */
    @Transactional
    public BookingView cancel(Caller caller, UUID bookingId, String reason) {
        BookingStore.Locked b = ownedByTherapist(caller, bookingId);
        Instant now = Instant.now(clock);
        requireConfirmed(b, "cancelled");
        if (!b.endsAt().isAfter(now)) {
            throw ProblemException.conflict("This session has ended; mark it completed or no-show instead.");
        }
        store.changeStatus(bookingId, "CANCELLED", "THERAPIST", caller.subject(), reason);
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCancelled.TYPE, new SessionCancelled(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), "THERAPIST", false, reason, now));
        return store.view(bookingId);
    }

    /** Marks a session that has started as completed, which makes it reviewable. */
    @Transactional
    public BookingView complete(Caller caller, UUID bookingId) {
        BookingStore.Locked b = startedAndOwned(caller, bookingId, "completed");
        Instant now = Instant.now(clock);
        store.changeStatus(bookingId, "COMPLETED", null, caller.subject(), null);
        BookingDetail.IntakeView intake = store.detail(bookingId).intake();
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCompleted.TYPE, new SessionCompleted(bookingId,
                b.therapistId(), b.clientSubject(), b.offeringId(), b.offeringKind(), b.sessionType(),
                intake == null ? null : intake.condition(), intake == null ? List.of() : intake.bodyRegions(),
                intake == null ? null : intake.painNow(), b.startsAt(), b.endsAt(), now));
        return store.view(bookingId);
    }

    @Transactional
    public BookingView noShow(Caller caller, UUID bookingId) {
        BookingStore.Locked b = startedAndOwned(caller, bookingId, "marked a no-show");
        Instant now = Instant.now(clock);
        store.changeStatus(bookingId, "NO_SHOW", null, caller.subject(), null);
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionNoShow.TYPE, new SessionNoShow(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), now));
        return store.view(bookingId);
    }

    private BookingStore.Locked startedAndOwned(Caller caller, UUID bookingId, String verb) {
        BookingStore.Locked b = ownedByTherapist(caller, bookingId);
        requireConfirmed(b, verb);
        if (b.startsAt().isAfter(Instant.now(clock))) {
            throw ProblemException.conflict("A session can be " + verb + " only once it has started, at "
                    + b.startsAt().atZone(b.zone()).toOffsetDateTime() + ".");
        }
        return b;
    }

    private BookingStore.Locked ownedByTherapist(Caller caller, UUID bookingId) {
        return store.lock(bookingId).filter(b -> b.therapistSubject().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("There is no booking " + bookingId + " on your schedule."));
    }

    private static void requireConfirmed(BookingStore.Locked b, String verb) {
        if (!b.confirmed()) {
            throw ProblemException.conflict("Only a confirmed booking can be " + verb + "; this one is " + b.status() + ".");
        }
    }
}
