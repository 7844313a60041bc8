package io.fascia.booking.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Where bookings and their history are kept. Saving a booking's times is where the database's
 * exclusion constraint speaks: a refused overlap becomes a 409, never a half-written booking.
 * Every method needs the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /** The most entries of a booking's history one answer lists: the newest ones. */
    public static final int HISTORY_LISTED = 100;

    /** Locks the booking row so that concurrent changes to it happen one after the other. */
    public Optional<Booking> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The booking, locked, if the caller may see it (see {@link Booking#visibleTo}); otherwise "not found". */
    public Booking lockVisible(UUID id, Caller caller) {
        return visibleOrNotFound(lock(id), id, caller);
    }

    /** Like {@link #lockVisible} without the lock, for reads. */
    public Booking findVisible(UUID id, Caller caller) {
        return visibleOrNotFound(findByIdOptional(id), id, caller);
    }

    private static Booking visibleOrNotFound(Optional<Booking> booking, UUID id, Caller caller) {
        return booking.filter(b -> b.visibleTo(caller))
                .orElseThrow(() -> ProblemException.notFound("You have no booking " + id + "."));
    }

    /** The booking an earlier request of this client with this Idempotency-Key made, if it committed. */
    public Optional<Booking> madeWithKey(String client, String idempotencyKey) {
        return find("clientSubject = ?1 and idempotencyKey = ?2", client, idempotencyKey).firstResultOptional();
    }

    /** Whether the client has a booking with the therapist that holds (or held) its time: none cancelled count. */
    public boolean anyHoldingTime(String client, UUID therapist) {
        return find("clientSubject = ?1 and therapist.id = ?2 and status in ?3", client, therapist, BookingStatus.holdingTime())
                .firstResultOptional().isPresent();
    }

    /** Keeps a new booking; another booking of the therapist overlapping its time makes this a 409. */
    public void add(Booking booking, BookingHistoryEntry confirmation) {
        persist(booking);
        saveTimes();
        getEntityManager().persist(confirmation);
    }

    /** Writes a booking's changed times now, so that an overlap is refused here as a 409. */
    public void saveTimes() {
        try {
            flush();
        } catch (PersistenceException e) {
            throw translate(e);
        }
    }

    /** 23P01: the exclusion constraint saw an overlap. 23505: the same key raced itself. */
    private static RuntimeException translate(PersistenceException e) {
        String state = NativeSql.sqlState(e);
        if ("23P01".equals(state)) {
            return ProblemException.conflict("That time was just booked by someone else; please pick another slot.");
        }
        if ("23505".equals(state)) {
            return ProblemException.conflict(
                    "A request with this Idempotency-Key is being processed; retry it to get its result.");
        }
        return e;
    }

    public void record(BookingHistoryEntry entry) {
        getEntityManager().persist(entry);
    }

    /** The newest {@link #HISTORY_LISTED} changes of the booking, oldest first. */
    public List<StatusChange> history(UUID bookingId) {
        List<BookingHistoryEntry> newest = new ArrayList<>(getEntityManager().createQuery(
                "from BookingHistoryEntry where bookingId = ?1 order by at desc, id desc", BookingHistoryEntry.class)
                .setParameter(1, bookingId).setMaxResults(HISTORY_LISTED).getResultList());
        Collections.reverse(newest);
        return newest.stream().map(BookingHistoryEntry::view).toList();
    }

    /** A page of the client's bookings ending after {@code endsAfter} (soonest first) or by it (latest first), or all. */
    public Page<Booking> ofClient(String client, Instant endsAfter, Instant endedBy, int page, int size) {
        if (endsAfter != null) {
            return page(find("clientSubject = :client and endsAt > :now", Sort.by("startsAt").and("id"),
                    Parameters.with("client", client).and("now", endsAfter)), page, size);
        }
        if (endedBy != null) {
            return page(find("clientSubject = :client and endsAt <= :now", Sort.descending("startsAt").and("id"),
                    Parameters.with("client", client).and("now", endedBy)), page, size);
        }
        return page(find("clientSubject", Sort.descending("startsAt").and("id"), client), page, size);
    }

    /** A page of the therapist's bookings starting in [from, to), soonest first; of one status when given. */
    public Page<Booking> ofTherapist(UUID therapist, Instant from, Instant to, BookingStatus status, int page, int size) {
        Parameters parameters = Parameters.with("therapist", therapist).and("from", from).and("to", to);
        String query = "therapist.id = :therapist and startsAt >= :from and startsAt < :to";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return page(find(query, Sort.by("startsAt").and("id"), parameters), page, size);
    }

    private static Page<Booking> page(PanacheQuery<Booking> query, int page, int size) {
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
