package io.fascia.review.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fascia.platform.problem.ProblemException;
import io.fascia.review.review.ReviewRequest;
import io.fascia.review.review.ReviewView;

/**
 * One follow-up question to a client after a session: due from {@code dueAt}, answerable until
 * {@code closesAt}, then missed. {@link FollowUps} creates them; the sweep closes and announces
 * them in bulk.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    public enum Status {
        OPEN, ANSWERED, MISSED
    }

    @Id
    private UUID id;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private UUID bookingId;

    /** The review it belongs to, once the session is reviewed. */
    @Column(name = "review_id", insertable = false, updatable = false)
    private UUID reviewId;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    @Column(nullable = false, updatable = false)
    private int ordinal;

    /** How long after the session it is asked, as an ISO-8601 duration (P7D, P28D). */
    @Column(name = "due_after", nullable = false, updatable = false)
    private String dueAfter;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "closes_at", nullable = false, updatable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "pain_now")
    private Integer painNow;

    private Integer pgic;

    @Column(name = "still_homecare")
    private Boolean stillHomecare;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CheckIn() {
    }

    /** An open check-in, as {@link FollowUps} schedules it. */
    public CheckIn(UUID bookingId, String clientSubject, int ordinal, String dueAfter, Instant dueAt, Instant closesAt) {
        this.id = UUID.randomUUID();
        this.bookingId = bookingId;
        this.clientSubject = clientSubject;
        this.ordinal = ordinal;
        this.dueAfter = dueAfter;
        this.dueAt = dueAt;
        this.closesAt = closesAt;
        this.status = Status.OPEN;
    }

    /** The client answers: only an open check-in, from when it is due until it closes. */
    public void answer(ReviewRequest.CheckInAnswer answer, Instant now) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("This check-in is " + status.name().toLowerCase() + " already.");
        }
        if (now.isBefore(dueAt)) {
            throw ProblemException.conflict("This check-in is not due until " + dueAt + ".");
        }
        if (!now.isBefore(closesAt)) {
            throw ProblemException.conflict("This check-in closed at " + closesAt + ".");
        }
        status = Status.ANSWERED;
        painNow = answer.painNow();
        pgic = answer.pgic();
        stillHomecare = answer.stillDoingHomecare();
        answeredAt = now;
    }

    public ReviewView.CheckInView view() {
        return new ReviewView.CheckInView(id, ordinal, dueAfter, dueAt, closesAt, status.name(), painNow, pgic, stillHomecare);
    }

    public UUID id() {
        return id;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public String clientSubject() {
        return clientSubject;
    }

    public int ordinal() {
        return ordinal;
    }

    public Status status() {
        return status;
    }

    public Integer painNow() {
        return painNow;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
