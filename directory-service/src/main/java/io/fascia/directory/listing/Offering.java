package io.fascia.directory.listing;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something a client can book: for example a 90-minute initial assessment. */
@Entity
@Table(name = "offering")
public class Offering extends PanacheEntityBase {

    public enum Kind {
        INITIAL_ASSESSMENT, FOLLOW_UP, OTHER
    }

    public enum SessionType {
        MEDICAL, RELAXATION
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id")
    public Listing listing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "price_cents", nullable = false)
    public int priceCents;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    public SessionType sessionType;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
