package io.fascia.booking.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.therapist.BookableTherapist;

/**
 * The treatment plan of one therapist for one client. Its versions hold the content; the plan
 * itself only knows its newest version number, which {@link TreatmentPlans#write} claims in SQL so
 * that concurrent writers queue on the row.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", updatable = false)
    private BookableTherapist therapist;

    @Column(name = "client_subject", nullable = false, updatable = false)
    private String clientSubject;

    @Column(name = "current_version", nullable = false, insertable = false, updatable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TreatmentPlan() {
    }

    /** Health data: the plan's client, its therapist and admins read it; anyone else is told it does not exist. */
    public boolean visibleTo(Caller caller) {
        return caller.mayRead(clientSubject, therapist.subject());
    }

    public UUID id() {
        return id;
    }

    public BookableTherapist therapist() {
        return therapist;
    }

    public String clientSubject() {
        return clientSubject;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
