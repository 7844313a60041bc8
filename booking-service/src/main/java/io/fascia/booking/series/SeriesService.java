package io.fascia.booking.series;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.availability.OpenSlots;
import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingHistoryEntry;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.BookingStatus;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.RequestFingerprint;
import io.fascia.booking.booking.SessionConfirmed;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.client.BookingService;
import io.fascia.booking.detail.BookingDetails;
import io.fascia.booking.plan.TreatmentPlan;
import io.fascia.booking.plan.TreatmentPlanVersion;
import io.fascia.booking.therapist.BookableOffering;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.problem.ProblemType;

/**
 * Books a treatment plan's remaining sessions in one request, and cancels those still ahead. Each
 * session is an ordinary booking, checked against the therapist's hours and notice like any
 * other and kept from overlapping anyone's by the same exclusion constraint; all of a series is
 * written in one transaction, so BOOK_NONE books every session or none.
 */
@ApplicationScoped
public class SeriesService {

    /** The longest booking horizon a therapist can set (availability_horizon), and so the furthest a series can start. */
    static final int FIRST_START_WITHIN_DAYS = 365;

    static final String NOT_BOOKED_THEN = "Not booked: the time was taken or outside the therapist's hours when the series "
            + "was booked.";

    @Inject
    EntityManager em;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingDetails details;

    @Inject
    BookingService single;

    @Inject
    Availability availability;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** @param replayed true when this Idempotency-Key already made the series */
    public record Booked(SeriesView series, boolean replayed) {
    }

    @Transactional
    public Booked book(Caller caller, UUID planId, String idempotencyKey, SeriesRequests.SeriesRequest request) {
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null || !plan.clientSubject().equals(caller.subject())) {
            throw ProblemException.notFound("You have no treatment plan " + planId + ".");
        }
        TreatmentPlanVersion current = em.find(TreatmentPlanVersion.class,
                new TreatmentPlanVersion.Key(planId, plan.currentVersion()));
        BookableOffering offering = em.find(BookableOffering.class, request.offeringId());
        if (offering == null || !offering.therapist().id().equals(plan.therapist().id())) {
            throw ProblemException.invalid("offeringId", "is not an offering of this plan's therapist");
        }
        Booking.requireBookable(offering.therapist(), caller);
        int remaining = current.plannedSessions() - heldSince(plan, current);
        if (remaining <= 0) {
            throw ProblemException.conflict("All " + current.plannedSessions()
                    + " sessions of this plan are booked or held already.");
        }
        int sessions = request.sessions() == null ? remaining : request.sessions();
        if (sessions > remaining) {
            throw ProblemException.invalid("sessions", "this plan has " + remaining + " session" + (remaining == 1 ? "" : "s")
                    + " left to book");
        }
        Instant now = Instant.now(clock);
        Instant firstAt = request.firstStart().toInstant();
        if (!firstAt.isAfter(now) || firstAt.isAfter(now.plus(Duration.ofDays(FIRST_START_WITHIN_DAYS)))) {
            throw ProblemException.invalid("firstStart", "must be ahead, and within " + FIRST_START_WITHIN_DAYS
                    + " days (no therapist takes bookings further ahead)");
        }
        ZoneId zone = offering.therapist().zone();
        SeriesRequests.IfTaken ifTaken = request.ifTaken() == null ? SeriesRequests.IfTaken.BOOK_NONE : request.ifTaken();
        int everyDays = request.everyDays() == null ? current.intervalDays() : request.everyDays();
        LocalDateTime first = request.firstStart().atZoneSameInstant(zone).toLocalDateTime();
        BookingSeries series = new BookingSeries(plan, caller.subject(), offering.id(), first, zone, everyDays, sessions, ifTaken,
                idempotencyKey, fingerprint(planId, request), now);
        em.persist(series);

        List<ZonedDateTime> starts = series.starts();
        List<OpenSlots.Busy> busy = availability.busy(offering.therapist().id());
        List<SeriesView.NotBooked> notBooked = new ArrayList<>();
        List<Booking> booked = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int position = i + 1;
            Instant start = starts.get(i).toInstant();
            Availability.Opening opening;
            try {
                opening = availability.requireOpen(offering.therapist().id(), offering.id(), start, offering.minutes(), zone);
            } catch (ProblemException closed) {
                notBooked.add(new SeriesView.NotBooked(position, starts.get(i).toOffsetDateTime(), closed.getMessage()));
                continue;
            }
            Instant blockedUntil = start.plus(Duration.ofMinutes(offering.minutes())).plus(opening.buffer());
            if (busy.stream().anyMatch(b -> b.start().isBefore(blockedUntil) && start.isBefore(b.end()))) {
                notBooked.add(new SeriesView.NotBooked(position, starts.get(i).toOffsetDateTime(),
                        "That time is booked already."));
                continue;
            }
            booked.add(Booking.confirm(offering, caller, start, opening.buffer(), series.bookingKey(position),
                    series.requestFingerprint(), now).inSeries(series.id(), position));
        }
        if (booked.isEmpty() || !notBooked.isEmpty() && ifTaken == SeriesRequests.IfTaken.BOOK_NONE) {
            throw notFree(notBooked, sessions, booked.isEmpty());
        }
        for (Booking booking : booked) {
            // A single booking that took one of these times since the check above meets the
            // exclusion constraint here: the whole series rolls back as a 409 (SeriesResource
            // runs BOOK_THE_REST again, which then leaves that session out).
            bookings.add(booking, BookingHistoryEntry.statusOf(booking, caller.subject(), null, now));
            outbox.publish(SessionEvents.TOPIC, booking.id().toString(), SessionConfirmed.TYPE,
                    SessionConfirmed.of(booking, now));
        }
        return new Booked(view(series, details.views(booked), notBooked), false);
    }

    /** The series an earlier request with this key made, if it committed: the answer to a retry. */
    @Transactional
    public Optional<Booked> replay(Caller caller, UUID planId, String idempotencyKey, SeriesRequests.SeriesRequest request) {
        String fingerprint = fingerprint(planId, request);
        return em.createQuery("from BookingSeries where clientSubject = ?1 and idempotencyKey = ?2", BookingSeries.class)
                .setParameter(1, caller.subject()).setParameter(2, idempotencyKey).getResultStream().findFirst().map(s -> {
                    if (!fingerprint.equals(s.requestFingerprint())) {
                        throw ProblemException.unprocessable(
                                "This Idempotency-Key was already used for a different series request.");
                    }
                    return new Booked(view(s), true);
                });
    }

    /** The series with its sessions' current status, for its client, the plan's therapist or an admin. */
    @Transactional
    public SeriesView find(Caller caller, UUID seriesId) {
        return view(visible(caller, seriesId));
    }

    /**
     * The client cancels every session of the series still ahead and confirmed, each exactly as a
     * single cancellation (late inside its cancellation window), in one transaction.
     */
    @Transactional
    public SeriesView cancelRemaining(Caller caller, UUID seriesId, String reason) {
        BookingSeries series = visible(caller, seriesId);
        if (!series.clientSubject().equals(caller.subject())) {
            throw ProblemException.notFound("You have no series " + seriesId + ".");
        }
        Instant now = Instant.now(clock);
        for (Booking booking : sessionsOf(series)) {
            if (booking.status() == BookingStatus.CONFIRMED && booking.startsAt().isAfter(now)) {
                single.cancelByClient(caller, booking.id(), reason);
            }
        }
        return view(series);
    }

    private BookingSeries visible(Caller caller, UUID seriesId) {
        BookingSeries series = em.find(BookingSeries.class, seriesId);
        if (series == null || !series.visibleTo(caller)) {
            throw ProblemException.notFound("There is no series " + seriesId + " of yours.");
        }
        return series;
    }

    /** The plan's sessions since its assessment that hold their time: those already had or booked. */
    private int heldSince(TreatmentPlan plan, TreatmentPlanVersion current) {
        Booking assessment = em.find(Booking.class, current.bookingId());
        return Math.toIntExact(em.createQuery("""
                select count(b) from Booking b where b.clientSubject = ?1 and b.therapist.id = ?2 and b.startsAt > ?3
                  and b.status in ?4""", Long.class)
                .setParameter(1, plan.clientSubject()).setParameter(2, plan.therapist().id())
                .setParameter(3, assessment.startsAt()).setParameter(4, BookingStatus.holdingTime()).getSingleResult());
    }

    private List<Booking> sessionsOf(BookingSeries series) {
        return em.createQuery("from Booking b where b.seriesId = ?1 order by b.seriesPosition", Booking.class)
                .setParameter(1, series.id()).getResultList();
    }

    /** A stored series: the sessions it booked, and its other starts as not booked then. */
    private SeriesView view(BookingSeries series) {
        List<Booking> sessions = sessionsOf(series);
        Map<Integer, Booking> byPosition = sessions.stream()
                .collect(Collectors.toMap(Booking::seriesPosition, Function.identity()));
        List<ZonedDateTime> starts = series.starts();
        List<SeriesView.NotBooked> notBooked = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (!byPosition.containsKey(i + 1)) {
                notBooked.add(new SeriesView.NotBooked(i + 1, starts.get(i).toOffsetDateTime(), NOT_BOOKED_THEN));
            }
        }
        return view(series, details.views(sessions), notBooked);
    }

    private static SeriesView view(BookingSeries series, List<BookingView> booked,
            List<SeriesView.NotBooked> notBooked) {
        return new SeriesView(series.id(), series.plan().id(), series.plan().therapist().id(), series.offeringId(),
                series.zone().getId(), series.everyDays(), series.sessions(), series.ifTaken().name(), booked, notBooked);
    }

    /** A 409 naming each session that cannot be booked, as {@code sessions[i]} (0-based, like a JSON path). */
    private static ProblemException notFree(List<SeriesView.NotBooked> notBooked, int sessions, boolean none) {
        String detail = none ? "None of the " + sessions + " sessions can be booked; nothing was booked."
                : notBooked.size() + " of the " + sessions + " sessions cannot be booked, so none was (ask for BOOK_THE_REST "
                        + "to book the others).";
        List<Problem.FieldError> errors = notBooked.stream().map(n -> new Problem.FieldError(
                "sessions[" + (n.position() - 1) + "]", n.start() + ": " + n.reason())).toList();
        Problem conflict = ProblemType.CONFLICT.problem(detail);
        return new ProblemException(new Problem(conflict.type(), conflict.title(), conflict.status(), detail, null, errors));
    }

    private String fingerprint(UUID planId, SeriesRequests.SeriesRequest request) {
        return RequestFingerprint.of(json, List.of(planId.toString(), new SeriesRequests.SeriesRequest(request.offeringId(),
                request.firstStart().withOffsetSameInstant(ZoneOffset.UTC), request.everyDays(), request.sessions(),
                request.ifTaken())));
    }
}
