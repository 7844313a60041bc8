package io.fascia.directory.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A licence, certification or insurance a therapist submitted. Its life: SUBMITTED, then VERIFIED
 * or REJECTED by an admin; a VERIFIED one becomes EXPIRED after its expiry date or REVOKED by an
 * admin.
 */
@Entity
@Table(name = "credential")
public class Credential extends PanacheEntityBase {

    public enum Type {
        LICENSE, BOARD_CERTIFICATION, MEDICAL_MASSAGE_CERTIFICATE, TECHNIQUE_CERTIFICATE, LIABILITY_INSURANCE
    }

    public enum State {
        SUBMITTED, VERIFIED, REJECTED, EXPIRED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "listing_id", nullable = false, updatable = false)
    public UUID listingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Column(nullable = false)
    public String issuer;

    public String jurisdiction;

    @Column(nullable = false)
    public String number;

    @Column(name = "technique_code")
    public String techniqueCode;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** When the therapist was told it expires within 30 days; null until then. */
    @Column(name = "expiry_noticed_at")
    public Instant expiryNoticedAt;

    @Version
    public long version;

    /** Verified and not past its expiry date, even before the expiry job has run. */
    public boolean currentOn(LocalDate day) {
        return state == State.VERIFIED && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
