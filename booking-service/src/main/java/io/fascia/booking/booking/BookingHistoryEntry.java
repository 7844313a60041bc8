package io.fascia.booking.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change in a booking's life, who made it and why: the history clients and therapists see,
 * and the record a dispute needs. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "booking_status_change")
public class BookingHistoryEntry {

    @Id
    private UUID id;

    @Column(name = "booking_id", nullable = false)
    private UUID bookingId;

    /** The status the booking moved to, or {@link StatusChange#RESCHEDULED}. */
    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String actor;

    private String reason;

    @Column(name = "previous_start")
    private Instant previousStart;

    @Column(name = "new_start")
    private Instant newStart;

    @Column(nullable = false)
    private Instant at;

    protected BookingHistoryEntry() {
    }

    private BookingHistoryEntry(Booking booking, String status, String actor, String reason, Instant previousStart, Instant at) {
        this.id = UUID.randomUUID();
        this.bookingId = booking.id();
        this.status = status;
        this.actor = actor;
        this.reason = reason;
        this.previousStart = previousStart;
        this.newStart = previousStart == null ? null : booking.startsAt();
        this.at = at;
    }

    /** The booking reached its current status through {@code actor}, for {@code reason} (may be null). */
    public static BookingHistoryEntry statusOf(Booking booking, String actor, String reason, Instant at) {
        return new BookingHistoryEntry(booking, booking.status().name(), actor, reason, null, at);
    }

    /** The booking moved from {@code previousStart} to its current start. */
    public static BookingHistoryEntry moved(Booking booking, String actor, Instant previousStart, Instant at) {
        return new BookingHistoryEntry(booking, StatusChange.RESCHEDULED, actor, null, previousStart, at);
    }

    public StatusChange view() {
        return new StatusChange(status, actor, reason, previousStart, newStart, at);
    }
}
