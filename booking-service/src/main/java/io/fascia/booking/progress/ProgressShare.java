package io.fascia.booking.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A link through which a client shares one frozen summary of their treatment. It opens the summary
 * until it expires or the client revokes it, whichever comes first, and counts each opening for the
 * client.
 */
@Entity
@Table(name = "progress_share")
public class ProgressShare {

    /** Where a link stands: only an OPEN link shows its summary. */
    public enum Status {
        OPEN, EXPIRED, REVOKED
    }

    /** How long a link lasts unless the client says otherwise, and the longest they may choose. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    public static final int LIFETIME_DAYS_MAX = 90;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private byte[] tokenSha256;

    /** The frozen {@link ProgressSummary} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Counted by one UPDATE per opening (see ProgressShares#open), never read-modify-written here. */
    @Column(nullable = false, insertable = false, updatable = false)
    private int views;

    @Column(name = "last_viewed_at", insertable = false, updatable = false)
    private Instant lastViewedAt;

    protected ProgressShare() {
    }

    ProgressShare(UUID planId, String clientSubject, ShareToken token, String summaryJson, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.clientSubject = clientSubject;
        this.tokenSha256 = token.sha256();
        this.summary = summaryJson;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    /** Closes the link for good; revoking a closed link changes nothing. */
    public void revoke(Instant now) {
        if (status(now) == Status.OPEN) {
            revokedAt = now;
        }
    }

    public boolean sharedBy(String client) {
        return clientSubject.equals(client);
    }

    public ShareView view(Instant now) {
        return new ShareView(id, planId, status(now), createdAt, expiresAt, revokedAt, views, lastViewedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String summary() {
        return summary;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
