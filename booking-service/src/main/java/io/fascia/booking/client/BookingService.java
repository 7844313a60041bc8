package io.fascia.booking.client;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingHistoryEntry;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.RequestFingerprint;
import io.fascia.booking.booking.SessionCancelled;
import io.fascia.booking.booking.SessionConfirmed;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.booking.SessionRescheduled;
import io.fascia.booking.booking.StatusChange;
import io.fascia.booking.detail.BookingDetails;
import io.fascia.booking.intake.Intakes;
import io.fascia.booking.therapist.BookableOffering;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Page;

/**
 * The client's side of bookings: book, cancel, move, read. Each change locks the booking, lets
 * {@link Booking} decide, saves and publishes in one transaction. The database's exclusion
 * constraint, not this code, decides who gets a contested slot: of racing requests exactly one
 * commits, the others get 409. A retried request with the same Idempotency-Key and body gets the
 * same booking back.
 */
@ApplicationScoped
public class BookingService {

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
    ObjectMapper json;

    @Inject
    Clock clock;

    /** @param replayed true when this Idempotency-Key already made the booking */
    public record Booked(BookingView booking, boolean replayed) {
    }

    /**
     * Books, in as few statements as the rules allow (issue 18: at most six). A retry with an
     * Idempotency-Key that already booked is not looked up first: it meets the key's unique
     * constraint, or an earlier rule, and BookingResource then answers with the earlier booking.
     */
    @Transactional
    public Booked book(Caller caller, String idempotencyKey, BookingRequests.BookingRequest request) {
        String fingerprint = fingerprint(request);
        BookableOffering offering = em.createQuery(
                "from BookableOffering o join fetch o.therapist t where o.id = ?1 and t.id = ?2", BookableOffering.class)
                .setParameter(1, request.offeringId()).setParameter(2, request.therapistId()).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("There is no therapist " + request.therapistId() + " with offering "
                        + request.offeringId() + "."));
        Instant now = Instant.now(clock);
        Instant start = request.start().toInstant();
        Booking.requireBookable(offering.therapist(), caller);
        Availability.Opening opening = availability.requireOpen(request.therapistId(), request.offeringId(), start,
                offering.minutes(), offering.therapist().zone());
        Booking booking = Booking.confirm(offering, caller, start, opening.buffer(), idempotencyKey, fingerprint, now);
        if (request.intake() == null && intakes.needed(caller.subject(), request.therapistId())) {
            throw ProblemException.invalid("intake", "is required for your first booking with this therapist: "
                    + "it prepares the assessment");
        }
        bookings.add(booking, BookingHistoryEntry.statusOf(booking, caller.subject(), null, now));
        if (request.intake() != null) {
            intakes.give(booking, request.intake());
        }
        outbox.publish(SessionEvents.TOPIC, booking.id().toString(), SessionConfirmed.TYPE, SessionConfirmed.of(booking, now));
        return new Booked(booking.view(request.intake() != null), false);
    }

    /**
     * The booking an earlier request with this key made, if it committed: the answer to a retry
     * (or to a double click that raced itself and lost on the constraints, see BookingResource).
     */
    @Transactional
    public Optional<Booked> replay(Caller caller, String idempotencyKey, BookingRequests.BookingRequest request) {
        return earlier(caller.subject(), idempotencyKey, fingerprint(request));
    }

    private Optional<Booked> earlier(String client, String idempotencyKey, String fingerprint) {
        return bookings.madeWithKey(client, idempotencyKey).map(b -> {
            if (!fingerprint.equals(b.requestFingerprint())) {
                throw ProblemException.unprocessable("This Idempotency-Key was already used for a different booking request.");
            }
            return new Booked(details.view(b), true);
        });
    }

    /**
     * The client cancels their own booking: free until the cancellation window copied into the
     * booking, LATE_CANCEL inside it. Either way the time is free again for others.
     */
    @Transactional
    public BookingView cancelByClient(Caller caller, UUID bookingId, String reason) {
        Booking b = ownedByClient(caller, bookingId);
        Instant now = Instant.now(clock);
        boolean late = b.cancelByClient(now);
        bookings.record(BookingHistoryEntry.statusOf(b, caller.subject(), reason, now));
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionCancelled.TYPE, new SessionCancelled(bookingId,
                b.therapistId(), b.clientSubject(), b.startsAt(), "CLIENT", late, reason, now));
        return details.view(b);
    }

    /**
     * Moves the client's booking to another open start: the exclusion constraint either lets the
     * row move or refuses it (409), so the client never ends up with both slots or neither. Asking
     * for the start the booking already has changes nothing, so a retry is harmless.
     */
    @Transactional
    public BookingView reschedule(Caller caller, UUID bookingId, OffsetDateTime requestedStart) {
        Booking b = ownedByClient(caller, bookingId);
        Instant now = Instant.now(clock);
        Instant start = requestedStart.toInstant();
        if (!b.movesTo(start, now)) {
            return details.view(b);
        }
        BookableOffering offering = em.find(BookableOffering.class, b.offeringId());
        if (offering == null || !offering.therapist().bookable()) {
            throw ProblemException.conflict(
                    "This therapist or offering cannot be booked at the moment; your booking is unchanged.");
        }
        Instant previousStart = b.startsAt();
        Availability.Opening opening = availability.requireOpen(b.therapistId(), b.offeringId(), start,
                (int) java.time.Duration.between(b.startsAt(), b.endsAt()).toMinutes(), b.zone());
        b.moveTo(start, opening.buffer());
        bookings.saveTimes();
        bookings.record(BookingHistoryEntry.moved(b, caller.subject(), previousStart, now));
        outbox.publish(SessionEvents.TOPIC, bookingId.toString(), SessionRescheduled.TYPE, new SessionRescheduled(bookingId,
                b.therapistId(), b.clientSubject(), previousStart, start, b.endsAt(), now));
        return details.view(b);
    }

    /** The booking with its intake and plan, for its client, its therapist or an admin. */
    @Transactional
    public BookingDetail detail(Caller caller, UUID bookingId) {
        return details.detail(caller, bookings.findVisible(bookingId, caller));
    }

    /** Every change the booking went through, oldest first; for its client, its therapist or an admin. */
    @Transactional
    public List<StatusChange> historyOf(Caller caller, UUID bookingId) {
        return bookings.history(bookings.findVisible(bookingId, caller).id());
    }

    /** Which of a client's bookings to list: upcoming soonest first, past most recent first. */
    public enum When {
        UPCOMING, PAST, ALL
    }

    @Transactional
    public Page<BookingView> ofClient(String client, When when, int page, int size) {
        Instant now = Instant.now(clock);
        return details.views(bookings.ofClient(client, when == When.UPCOMING ? now : null, when == When.PAST ? now : null, page,
                size));
    }

    private Booking ownedByClient(Caller caller, UUID bookingId) {
        return bookings.lock(bookingId).filter(b -> b.ownedByClient(caller))
                .orElseThrow(() -> ProblemException.notFound("You have no booking " + bookingId + "."));
    }

    private String fingerprint(BookingRequests.BookingRequest request) {
        return RequestFingerprint.of(json, new BookingRequests.BookingRequest(request.therapistId(), request.offeringId(),
                request.start().withOffsetSameInstant(ZoneOffset.UTC), request.intake()));
    }
}
