package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.fascia.booking.therapist.BookableOffering;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.platform.problem.ProblemException;

/**
 * A booked session and its lifecycle: the one place that decides what may happen to a booking and
 * when. It copies what was booked (the offering, its price and the cancellation window in force)
 * so that later listing changes do not alter it. Which bookings may overlap is not decided here
 * but by the database's exclusion constraint, over the statuses {@link BookingStatus#holdsTime}
 * names.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /** Who cancelled a booking. */
    public enum CancelledBy {
        CLIENT, THERAPIST
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", updatable = false)
    private BookableTherapist therapist;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private UUID offeringId;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    /** The client's name as their token gave it when they booked, so the therapist knows who is coming. */
    @Column(name = "client_name", updatable = false)
    private String clientName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The end plus the therapist's buffer: the time this booking keeps from anyone else. */
    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private CancelledBy cancelledBy;

    @Column(name = "offering_kind", nullable = false, updatable = false)
    private String offeringKind;

    @Column(name = "offering_title", nullable = false, updatable = false)
    private String offeringTitle;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "price_cents", nullable = false, updatable = false)
    private int priceCents;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "session_type", nullable = false, updatable = false)
    private String sessionType;

    @Column(name = "cancellation_window_hours", nullable = false, updatable = false)
    private int cancellationWindowHours;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, updatable = false)
    private String requestFingerprint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The series this booking was made in, if any (see series/BookingSeries), and its place there. */
    @Column(name = "series_id", updatable = false)
    private UUID seriesId;

    @Column(name = "series_position", updatable = false)
    private Integer seriesPosition;

    protected Booking() {
    }

    /** A new booking made as the {@code position}th session of a series; call before it is added. */
    public Booking inSeries(UUID series, int position) {
        if (seriesId != null) {
            throw new IllegalStateException("booking " + id + " is in a series already");
        }
        this.seriesId = series;
        this.seriesPosition = position;
        return this;
    }

    /**
     * A confirmed booking of {@code offering} for the calling client from {@code start}, keeping
     * {@code buffer} free after it. Refused when the therapist cannot be booked now, or when the
     * client is the therapist.
     */
    public static Booking confirm(BookableOffering offering, Caller client, Instant start, Duration buffer, String idempotencyKey,
            String requestFingerprint, Instant now) {
        BookableTherapist therapist = offering.therapist();
        requireBookable(therapist, client);
        Booking b = new Booking();
        b.id = UUID.randomUUID();
        b.therapist = therapist;
        b.offeringId = offering.id();
        b.clientSubject = client.subject();
        b.clientName = client.name();
        b.setTimes(start, buffer, Duration.ofMinutes(offering.minutes()));
        b.status = BookingStatus.CONFIRMED;
        b.offeringKind = offering.kind();
        b.offeringTitle = offering.title();
        b.minutes = offering.minutes();
        b.priceCents = offering.priceCents();
        b.currency = offering.currency();
        b.sessionType = offering.sessionType();
        b.cancellationWindowHours = therapist.cancellationWindowHours();
        b.idempotencyKey = idempotencyKey;
        b.requestFingerprint = requestFingerprint;
        b.createdAt = now;
        return b;
    }

    /** Refuses a booking while the therapist cannot be booked, and a therapist booking themselves. */
    public static void requireBookable(BookableTherapist therapist, Caller client) {
        if (!therapist.bookable()) {
            throw ProblemException.conflict("This therapist cannot be booked at the moment.");
        }
        if (client.subject().equals(therapist.subject())) {
            throw ProblemException.unprocessable("You cannot book a session with yourself.");
        }
    }

    /**
     * The client cancels: free until the cancellation window copied into the booking, late inside
     * it. Either way the time is free again for others.
     *
     * @return whether the cancellation is late
     */
    public boolean cancelByClient(Instant now) {
        requireUpcoming(now, "cancelled");
        boolean late = insideCancellationWindow(now);
        status = late ? BookingStatus.LATE_CANCEL : BookingStatus.CANCELLED;
        cancelledBy = CancelledBy.CLIENT;
        return late;
    }

    /** The therapist cancels a session that has not ended; never late for the client. */
    public void cancelByTherapist(Instant now) {
        requireConfirmed("cancelled");
        if (!endsAt.isAfter(now)) {
            throw ProblemException.conflict("This session has ended; mark it completed or no-show instead.");
        }
        status = BookingStatus.CANCELLED;
        cancelledBy = CancelledBy.THERAPIST;
    }

    /**
     * Whether the client moving this booking to {@code start} changes anything: asking for the start
     * it already has does not, so a retry is harmless. Refused once the session has started or inside
     * the cancellation window, which a move would otherwise bypass.
     */
    public boolean movesTo(Instant start, Instant now) {
        requireUpcoming(now, "rescheduled");
        if (start.equals(startsAt)) {
            return false;
        }
        if (insideCancellationWindow(now)) {
            throw ProblemException.conflict("This session starts within the " + cancellationWindowHours
                    + "-hour cancellation window, so it can no longer be moved online; cancel it or contact the therapist.");
        }
        return true;
    }

    /** Moves the session to {@code start}, keeping its length; checked by {@link #movesTo} first. */
    public void moveTo(Instant start, Duration buffer) {
        setTimes(start, buffer, Duration.between(startsAt, endsAt));
    }

    /** The session took place, which makes it reviewable; only once it has started. */
    public void complete(Instant now) {
        requireStarted(now, "completed");
        status = BookingStatus.COMPLETED;
    }

    /** The client did not come; only once the session has started. */
    public void markNoShow(Instant now) {
        requireStarted(now, "marked a no-show");
        status = BookingStatus.NO_SHOW;
    }

    /** A treatment plan records an assessment: it can be written for a session that took, or is taking, place. */
    public void requirePlanWritable(Instant now) {
        if (status != BookingStatus.CONFIRMED && status != BookingStatus.COMPLETED) {
            throw ProblemException.conflict("A plan records an assessment; this booking is " + status + ".");
        }
        if (startsAt.isAfter(now)) {
            throw ProblemException.conflict("A plan records an assessment, so it can be written once the session has started.");
        }
    }

    /**
     * Who may see this booking, its intake and its plan: its client, its therapist and admins.
     * Anyone else is told it does not exist, so ids leak nothing.
     */
    public boolean visibleTo(Caller caller) {
        return caller.mayRead(clientSubject, therapist.subject());
    }

    public boolean ownedByClient(Caller caller) {
        return clientSubject.equals(caller.subject());
    }

    public boolean onScheduleOf(Caller caller) {
        return therapist.subject().equals(caller.subject());
    }

    /** Whether this booking keeps its time from anyone else. */
    public boolean holdsTime() {
        return status.holdsTime();
    }

    /**
     * The last moment the client can cancel for free (and move the booking online): the copied
     * window's hours before the start. From then on a client's cancellation is late. The one place
     * this rule lives.
     */
    public Instant freeCancellationUntil() {
        return startsAt.minus(Duration.ofHours(cancellationWindowHours));
    }

    private boolean insideCancellationWindow(Instant now) {
        return now.isAfter(freeCancellationUntil());
    }

    private void setTimes(Instant start, Duration buffer, Duration length) {
        startsAt = start;
        endsAt = start.plus(length);
        blockedUntil = endsAt.plus(buffer);
    }

    private void requireConfirmed(String verb) {
        if (status != BookingStatus.CONFIRMED) {
            throw ProblemException.conflict("Only a confirmed booking can be " + verb + "; this one is " + status + ".");
        }
    }

    private void requireUpcoming(Instant now, String verb) {
        requireConfirmed(verb);
        if (!startsAt.isAfter(now)) {
            throw ProblemException.conflict("This session has already started.");
        }
    }

    private void requireStarted(Instant now, String verb) {
        requireConfirmed(verb);
        if (startsAt.isAfter(now)) {
            throw ProblemException.conflict("A session can be " + verb + " only once it has started, at "
                    + startsAt.atZone(zone()).toOffsetDateTime() + ".");
        }
    }

    /** The booking as its client and therapist see it, times in the therapist's zone. */
    public BookingView view(boolean intakeGiven) {
        ZoneId zone = zone();
        return new BookingView(id, therapist.id(), therapist.displayName(), offeringId, local(startsAt, zone),
                local(endsAt, zone), status.name(), cancelledBy == null ? null : cancelledBy.name(),
                new BookingView.Offered(offeringKind, offeringTitle, minutes, BigDecimal.valueOf(priceCents, 2), currency,
                        sessionType),
                new BookingView.CancellationPolicy(cancellationWindowHours, "Free cancellation until " + cancellationWindowHours
                        + " hours before the start; later it counts as a late cancellation.",
                        local(freeCancellationUntil(), zone)),
                intakeGiven, zone.getId(), seriesId);
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    public UUID id() {
        return id;
    }

    public BookableTherapist therapist() {
        return therapist;
    }

    public UUID therapistId() {
        return therapist.id();
    }

    public ZoneId zone() {
        return therapist.zone();
    }

    public UUID offeringId() {
        return offeringId;
    }

    public String clientSubject() {
        return clientSubject;
    }

    public String clientName() {
        return clientName;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public BookingStatus status() {
        return status;
    }

    public String offeringKind() {
        return offeringKind;
    }

    public String sessionType() {
        return sessionType;
    }

    public int cancellationWindowHours() {
        return cancellationWindowHours;
    }

    /** The fingerprint of the request that made it, to tell a retry from a reused Idempotency-Key. */
    public UUID seriesId() {
        return seriesId;
    }

    public Integer seriesPosition() {
        return seriesPosition;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
