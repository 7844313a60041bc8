package io.fascia.booking.booking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Where a booking is in its life; the database's CHECK constraint lists the same values. */
public enum BookingStatus {
    CONFIRMED, CANCELLED, LATE_CANCEL, COMPLETED, NO_SHOW;

    /**
     * The condition on {@code booking.status} that selects bookings holding the therapist's time,
     * for queries. The exclusion constraint {@code booking_no_overlap} states the same set in SQL;
     * BookingStatusConstraintTest proves they agree.
     */
    public static final String HOLDS_TIME_SQL = "status IN (" + holdingTime().stream()
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";

    /** The statuses that {@link #holdsTime}, for queries through the entity model. */
    public static List<BookingStatus> holdingTime() {
        return Arrays.stream(values()).filter(BookingStatus::holdsTime).toList();
    }

    /**
     * Whether a booking in this status keeps its time (and buffer) from anyone else: every status
     * but a cancellation, early or late. A cancelled booking is also no client's first booking.
     */
    public boolean holdsTime() {
        return this != CANCELLED && this != LATE_CANCEL;
    }
}
