package io.fascia.review.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.fascia.platform.problem.ProblemException;

/**
 * Where a public text (a review's comment, a therapist's reply) stands with the moderators, and
 * the one rule for deciding it: only a pending text is decided, once, a rejection with a reason.
 * Who decided and why stays with the text; the decision also goes to the append-only audit log.
 */
@Embeddable
public class ModerationState {

    /** NONE: a review without a comment. A text is shown publicly only once APPROVED. */
    public enum Status {
        NONE, PENDING, APPROVED, REJECTED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "moderated_by")
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderation_reason")
    private String reason;

    protected ModerationState() {
    }

    private ModerationState(Status status) {
        this.status = status;
    }

    /** A text just written waits for a moderator; no text has nothing to wait for. */
    public static ModerationState of(String text) {
        return new ModerationState(text == null ? Status.NONE : Status.PENDING);
    }

    /** Approves or rejects the pending text named {@code what} (a comment, a reply). */
    public void decide(String what, String admin, boolean approve, String reason, Instant now) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("This " + what + " was already " + status.name().toLowerCase() + ".");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("text", "a rejection needs a reason the author can act on");
        }
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.moderatedBy = admin;
        this.moderatedAt = now;
        this.reason = reason;
    }

    public Status status() {
        return status;
    }

    public boolean exists() {
        return status != Status.NONE;
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    public String reason() {
        return reason;
    }
}
