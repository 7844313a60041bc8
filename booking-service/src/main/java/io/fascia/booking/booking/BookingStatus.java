package io.fascia.booking.booking;

/** Where a booking is in its life; the database's CHECK constraint lists the same values. */
public enum BookingStatus {
    CONFIRMED, CANCELLED, LATE_CANCEL, COMPLETED, NO_SHOW
}
