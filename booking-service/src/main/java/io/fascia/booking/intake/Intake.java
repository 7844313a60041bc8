package io.fascia.booking.intake;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.fascia.booking.booking.Booking;
import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingRequests;

/**
 * What a client tells the therapist before their first session, given with one booking. Health
 * data: {@link Intakes#readableBy} says who may read it. Never changed once given.
 */
@Entity
@Immutable
@Table(name = "intake")
public class Intake {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id")
    private Booking givenWith;

    @Column(name = "condition_code", nullable = false)
    private String conditionCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "body_regions", nullable = false, columnDefinition = "text[]")
    private String[] bodyRegions;

    @Column(name = "pain_now", nullable = false)
    private int painNow;

    @Column(nullable = false)
    private String goals;

    @Column(name = "physician_referral", nullable = false)
    private boolean physicianReferral;

    @Column(nullable = false)
    private boolean consent;

    protected Intake() {
    }

    Intake(Booking givenWith, BookingRequests.IntakeRequest request) {
        this.bookingId = givenWith.id();
        this.givenWith = givenWith;
        this.conditionCode = request.condition();
        this.bodyRegions = request.bodyRegions().toArray(String[]::new);
        this.painNow = request.painNow();
        this.goals = request.goals().strip();
        this.physicianReferral = request.physicianReferral();
        this.consent = request.consent();
    }

    public UUID bookingId() {
        return bookingId;
    }

    /** The booking this intake was given with. */
    public Booking givenWith() {
        return givenWith;
    }

    public String conditionCode() {
        return conditionCode;
    }

    public List<String> bodyRegions() {
        return List.of(bodyRegions);
    }

    public int painNow() {
        return painNow;
    }

    public BookingDetail.IntakeView view() {
        return new BookingDetail.IntakeView(bookingId, conditionCode, List.of(bodyRegions), painNow, goals, physicianReferral);
    }
}
