package io.fascia.review.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fascia.platform.problem.ProblemException;

/**
 * A booked session as review knows it from booking's events ({@link Sessions} keeps it), and the
 * rule for reviewing it: its client, once completed, within the review window.
 */
@Entity
@Table(name = "session")
public class Session {

    public enum Status {
        CONFIRMED, CANCELLED, COMPLETED, NO_SHOW
    }

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;

    @Column(name = "therapist_id", nullable = false)
    private UUID therapistId;

    @Column(name = "client_subject", nullable = false)
    private String clientSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    /** MEDICAL or RELAXATION, once completed. */
    @Column(name = "session_type")
    private String sessionType;

    /** The condition the intake named, once completed. */
    @Column(name = "condition_code")
    private String conditionCode;

    /** Pain before the session (NPRS 0-10) from the intake, once completed. */
    @Column(name = "baseline_pain")
    private Integer baselinePain;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Session() {
    }

    /** A completed session as booking's completion event describes it. */
    public Session(UUID bookingId, UUID therapistId, String clientSubject, Instant startsAt, String sessionType,
            String conditionCode, int baselinePain, Instant completedAt) {
        this.bookingId = bookingId;
        this.therapistId = therapistId;
        this.clientSubject = clientSubject;
        this.status = Status.COMPLETED;
        this.startsAt = startsAt;
        this.sessionType = sessionType;
        this.conditionCode = conditionCode;
        this.baselinePain = baselinePain;
        this.completedAt = completedAt;
    }

    /** Refuses a review of a session that is not completed, or whose review window has closed. */
    public void requireReviewable(Instant now, Duration window) {
        switch (status) {
            case COMPLETED -> {
                // reviewable, within the window
            }
            case CONFIRMED -> throw ProblemException.conflict(
                    "This session can be reviewed once the therapist has marked it completed.");
            default -> throw ProblemException.conflict("A " + status.name().toLowerCase().replace('_', '-')
                    + " session is never reviewable.");
        }
        if (now.isAfter(reviewableUntil(window))) {
            throw ProblemException.conflict("Reviews close " + window.toDays() + " days after the session.");
        }
    }

    /** The last moment a completed session can be reviewed. */
    public Instant reviewableUntil(Duration window) {
        return completedAt.plus(window);
    }

    public UUID bookingId() {
        return bookingId;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public String clientSubject() {
        return clientSubject;
    }

    public String sessionType() {
        return sessionType;
    }

    public String conditionCode() {
        return conditionCode;
    }

    public Integer baselinePain() {
        return baselinePain;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
