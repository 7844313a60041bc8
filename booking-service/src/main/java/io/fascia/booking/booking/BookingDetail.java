package io.fascia.booking.booking;

import java.util.List;
import java.util.UUID;

/**
 * A booking with its health data, for the booking's client, its therapist and admins only.
 *
 * @param intake the intake that prepares this session: given with it, or the client's latest
 *               earlier one with this therapist
 * @param planId the client's treatment plan with this therapist, once written
 */
public record BookingDetail(BookingView booking, String clientSubject, String clientName, IntakeView intake, UUID planId) {

    /** @param givenWithBookingId the booking the intake was given with */
    public record IntakeView(UUID givenWithBookingId, String condition, List<String> bodyRegions, int painNow, String goals,
            boolean physicianReferral) {
    }
}
