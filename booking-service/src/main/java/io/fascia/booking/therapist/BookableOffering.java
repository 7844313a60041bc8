package io.fascia.booking.therapist;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One of a bookable therapist's offerings, as their latest listing snapshot gave it; only the replica writes it. */
@Entity
@Immutable
@Table(name = "bookable_offering")
public class BookableOffering {

    @Id
    @Column(name = "offering_id")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id")
    private BookableTherapist therapist;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    @Column(nullable = false)
    private String currency;

    @Column(name = "session_type", nullable = false)
    private String sessionType;

    protected BookableOffering() {
    }

    /** An offering as a listing snapshot describes it. */
    public BookableOffering(UUID id, BookableTherapist therapist, ListingSnapshot.Kind kind, String title, int minutes,
            int priceCents, String currency, ListingSnapshot.SessionType sessionType) {
        this.id = id;
        this.therapist = therapist;
        this.kind = kind.name();
        this.title = title;
        this.minutes = minutes;
        this.priceCents = priceCents;
        this.currency = currency;
        this.sessionType = sessionType.name();
    }

    public UUID id() {
        return id;
    }

    public BookableTherapist therapist() {
        return therapist;
    }

    /** {@link ListingSnapshot.Kind}: an assessment, a follow-up or another session. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public int minutes() {
        return minutes;
    }

    public int priceCents() {
        return priceCents;
    }

    public String currency() {
        return currency;
    }

    /** {@link ListingSnapshot.SessionType}: medical or relaxation. */
    public String sessionType() {
        return sessionType;
    }
}
