package io.fascia.booking.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.TreatmentPlan;

/**
 * A treatment plan's sessions booked in one request: one wall-clock time in the therapist's zone
 * every few days. Each session is an ordinary booking that names its series; the series keeps the
 * request, so that a retry with the same Idempotency-Key returns it and its remaining sessions
 * can be cancelled together. Immutable once made.
 */
@Entity
@Table(name = "booking_series")
public class BookingSeries {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private TreatmentPlan plan;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private UUID offeringId;

    @Column(name = "first_local_start", nullable = false, updatable = false)
    private LocalDateTime firstLocalStart;

    @Column(name = "time_zone", nullable = false, updatable = false)
    private String timeZone;

    @Column(name = "every_days", nullable = false, updatable = false)
    private int everyDays;

    @Column(nullable = false, updatable = false)
    private int sessions;

    @Enumerated(EnumType.STRING)
    @Column(name = "if_taken", nullable = false, updatable = false)
    private SeriesRequests.IfTaken ifTaken;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, updatable = false)
    private String requestFingerprint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BookingSeries() {
    }

    BookingSeries(TreatmentPlan plan, String clientSubject, UUID offeringId, LocalDateTime firstLocalStart, ZoneId zone,
            int everyDays, int sessions, SeriesRequests.IfTaken ifTaken, String idempotencyKey, String requestFingerprint,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.clientSubject = clientSubject;
        this.offeringId = offeringId;
        this.firstLocalStart = firstLocalStart;
        this.timeZone = zone.getId();
        this.everyDays = everyDays;
        this.sessions = sessions;
        this.ifTaken = ifTaken;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
    }

    /** The starts of its sessions, first to last. */
    public List<ZonedDateTime> starts() {
        return SeriesStarts.of(firstLocalStart, zone(), everyDays, sessions);
    }

    /** Health data like its plan: the client, the plan's therapist and admins see it; anyone else is told it does not exist. */
    public boolean visibleTo(Caller caller) {
        return caller.mayRead(clientSubject, plan.therapist().subject());
    }

    /** The key its {@code position}th booking is made with: unique per client, like every booking's. */
    String bookingKey(int position) {
        return "series:" + id + ":" + position;
    }

    public UUID id() {
        return id;
    }

    public TreatmentPlan plan() {
        return plan;
    }

    public String clientSubject() {
        return clientSubject;
    }

    public UUID offeringId() {
        return offeringId;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int everyDays() {
        return everyDays;
    }

    public int sessions() {
        return sessions;
    }

    public SeriesRequests.IfTaken ifTaken() {
        return ifTaken;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }
}
