package io.fascia.directory.listing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A therapist's listing: their public profile, what they treat and how, and what they offer. */
@Entity
@Table(name = "listing")
public class Listing extends PanacheEntityBase {

    public enum Status {
        DRAFT, PUBLISHED, UNPUBLISHED
    }

    public enum PracticeSetting {
        INDEPENDENT, CLINIC, CHAIN_OR_SPA, HOSPITAL_OR_REHAB, MOBILE
    }

    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false, unique = true, updatable = false)
    public String ownerSubject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String bio = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_setting", nullable = false)
    public PracticeSetting practiceSetting;

    public String street;
    public String city;
    public String region;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    public Double latitude;
    public Double longitude;

    @Column(name = "service_radius_km")
    public Integer serviceRadiusKm;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    @Column(name = "accepts_referrals", nullable = false)
    public boolean acceptsReferrals;

    @Column(name = "cancellation_window_hours", nullable = false)
    public int cancellationWindowHours = 24;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    @ElementCollection
    @CollectionTable(name = "listing_technique", joinColumns = @JoinColumn(name = "listing_id"))
    public List<OfferedTechnique> techniques = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "listing_condition", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "condition_code")
    public List<String> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    public List<Offering> offerings = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A technique the therapist offers, and whether this setting lets them use its tools. */
    @Embeddable
    public static class OfferedTechnique {
        @Column(name = "technique_code", nullable = false)
        public String techniqueCode;

        @Column(name = "tools_allowed", nullable = false)
        public boolean toolsAllowed;

        public OfferedTechnique() {
        }

        public OfferedTechnique(String techniqueCode, boolean toolsAllowed) {
            this.techniqueCode = techniqueCode;
            this.toolsAllowed = toolsAllowed;
        }
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    public static Optional<Listing> findByOwner(String subject) {
        return find("ownerSubject", subject).firstResultOptional();
    }
}
