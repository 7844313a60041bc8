package io.fascia.notification.therapist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A therapist as the latest listing snapshot describes them. */
@Entity
public class Therapist extends PanacheEntityBase {

    @Id
    @Column(name = "therapist_id")
    public UUID therapistId;

    public String subject;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "time_zone")
    public String timeZone;

    /** Offering id (as text) to its title. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> offerings;

    @Column(name = "snapshot_at")
    public Instant snapshotAt;

    public static Optional<Therapist> of(UUID therapistId) {
        return findByIdOptional(therapistId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** What the offering is called, or a plain word when the listing no longer has it. */
    public String offeringTitle(UUID offeringId) {
        String title = offeringId == null ? null : offerings.get(offeringId.toString());
        return title != null ? title : "Session";
    }
}
