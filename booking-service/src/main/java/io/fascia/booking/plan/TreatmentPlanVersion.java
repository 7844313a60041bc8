package io.fascia.booking.plan;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a treatment plan: what an assessment found and prescribed. History; the database refuses to change it. */
@Entity
@Immutable
@Table(name = "treatment_plan_version")
public class TreatmentPlanVersion {

    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    /** The session whose assessment this version records. */
    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "painful_regions", nullable = false, columnDefinition = "text[]")
    private String[] painfulRegions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cause_regions", nullable = false, columnDefinition = "text[]")
    private String[] causeRegions;

    @Column(nullable = false)
    private String compensations;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] goals;

    @Column(name = "planned_sessions", nullable = false)
    private int plannedSessions;

    @Column(name = "interval_days", nullable = false)
    private int intervalDays;

    /** The homecare exercises as a JSON array, always read whole with the version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String homecare;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected TreatmentPlanVersion() {
    }

    TreatmentPlanVersion(UUID planId, int version, UUID bookingId, PlanRequests.PlanRequest request, String homecareJson,
            String writtenBy, Instant writtenAt) {
        PlanRequests.Findings findings = request.findings();
        this.key = new Key(planId, version);
        this.bookingId = bookingId;
        this.painfulRegions = findings.painfulRegions().toArray(String[]::new);
        this.causeRegions = findings.suspectedCauseRegions().toArray(String[]::new);
        this.compensations = findings.compensations() == null ? "" : findings.compensations().strip();
        this.goals = request.goals().stream().map(String::strip).toArray(String[]::new);
        this.plannedSessions = request.plannedSessions();
        this.intervalDays = request.intervalDays();
        this.homecare = homecareJson;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public int version() {
        return key.version();
    }

    /** The session whose assessment this version records. */
    public UUID bookingId() {
        return bookingId;
    }

    public int plannedSessions() {
        return plannedSessions;
    }

    public int intervalDays() {
        return intervalDays;
    }

    PlanView view(TreatmentPlan plan, List<PlanRequests.Exercise> exercises) {
        return new PlanView(plan.id(), plan.therapist().id(), plan.therapist().displayName(), plan.clientSubject(), key.version(),
                plan.currentVersion(), bookingId,
                new PlanRequests.Findings(List.of(painfulRegions), List.of(causeRegions), compensations), List.of(goals),
                plannedSessions, intervalDays, exercises, writtenBy, writtenAt);
    }

    String homecare() {
        return homecare;
    }
}
