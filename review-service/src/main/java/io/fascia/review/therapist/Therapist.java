package io.fascia.review.therapist;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A therapist as review knows them from directory's listing snapshots; only {@link Therapists} writes it. */
@Entity
@Immutable
@Table(name = "therapist")
public class Therapist {

    @Id
    @Column(name = "therapist_id")
    private UUID id;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "snapshot_at", nullable = false)
    private Instant snapshotAt;

    protected Therapist() {
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }
}
