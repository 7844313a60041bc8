package io.fascia.booking.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingHistoryEntry;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.BookingStatus;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.SessionCancelled;
import io.fascia.booking.booking.SessionCompleted;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.booking.SessionNoShow;
import io.fascia.booking.detail.BookingDetails;
import io.fascia.booking.intake.Intake;
import io.fascia.booking.intake.Intakes;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Page;

/** The therapist's side of bookings: their schedule, cancelling with a reason, and how a session ended. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    EntityManager em;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingDetails details;

    @Inject
    Intakes intakes;

    @Inject
    Availability availability;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The bookings of a therapist starting on local dates {@code from} to {@code to} (inclusive), soonest first. */
    @Transactional
    public Page<BookingDetail> schedule(Caller caller, UUID therapist, LocalDate from, LocalDate to, BookingStatus status,
            int page, int size) {
        ZoneId zone = zoneOfTherapist(therapist);
        return details.details(caller, bookings.ofTherapist(therapist, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), status, page, size));
    }

    /** The caller's own schedule, as a therapist. */
    @Transactional
    public Page<BookingDetail> ownSchedule(Caller caller, LocalDate from, LocalDate to, BookingStatus status, int page,
            int size) {
        return schedule(caller, availability.therapistOf(caller.subject()), from, to, status, page, size);
    }

    /** The therapist's zone, for defaulting a date range to "today" where the therapist works. */
    @Transactional
    public ZoneId zoneOf(String subject) {
        return zoneOfTherapist(availability.therapistOf(subject));
    }

    @Transactional
    public ZoneId zoneOfTherapist(UUID therapist) {
        return Optional.ofNullable(em.find(BookableTherapist.class, therapist)).map(BookableTherapist::zone)
                .orElseThrow(() -> ProblemException.notFound("There is no therapist " + therapist + "."));
    }

    /** The therapist cancels a confirmed session that has not ended; never late, and the reason is kept. */
    @Transactional
    public BookingView cancel(Caller caller, UUID bookingId, String reason) {
        Booking b = onSchedule(caller, bookingId);
        Instant now = Instant.now(clock);
        b.cancelByTherapist(now);
        bookings.record(BookingHistoryEntry.statusOf(b, caller.subject(), reason, now));
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCancelled.TYPE, new SessionCancelled(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), "THERAPIST", false, reason, now));
        return details.view(b);
    }

    /** Marks a session that has started as completed, which makes it reviewable. */
    @Transactional
    public BookingView complete(Caller caller, UUID bookingId) {
        Booking b = onSchedule(caller, bookingId);
        Instant now = Instant.now(clock);
        b.complete(now);
        bookings.record(BookingHistoryEntry.statusOf(b, caller.subject(), null, now));
        Intake intake = intakes.preparing(List.of(b)).get(bookingId);
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCompleted.TYPE, new SessionCompleted(bookingId,
                b.therapistId(), b.clientSubject(), b.offeringId(), b.offeringKind(), b.sessionType(),
                intake == null ? null : intake.conditionCode(), intake == null ? List.of() : intake.bodyRegions(),
                intake == null ? null : intake.painNow(), b.startsAt(), b.endsAt(), now));
        return details.view(b);
    }

    @Transactional
    public BookingView noShow(Caller caller, UUID bookingId) {
        Booking b = onSchedule(caller, bookingId);
        Instant now = Instant.now(clock);
        b.markNoShow(now);
        bookings.record(BookingHistoryEntry.statusOf(b, caller.subject(), null, now));
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionNoShow.TYPE, new SessionNoShow(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), now));
        return details.view(b);
    }

    private Booking onSchedule(Caller caller, UUID bookingId) {
        return bookings.lock(bookingId).filter(b -> b.onScheduleOf(caller))
                .orElseThrow(() -> ProblemException.notFound("There is no booking " + bookingId + " on your schedule."));
    }
}
