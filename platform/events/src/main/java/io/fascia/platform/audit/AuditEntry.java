package io.fascia.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited action; rows are never changed or removed (database rules refuse it). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The admin's token subject, or {@code system} for scheduled changes. */
    @Column(nullable = false)
    public String actor;

    /** For example {@code credential.verified} or {@code listing.suspended}. */
    /** The actor's display name when they acted, or {@code null} for the system. */
    @Column(name = "actor_name")
    public String actorName;

    @Column(nullable = false)
    public String action;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    public String reason;

    @Column(nullable = false)
    public Instant at;
}
