package io.fascia.booking.booking;

/**
 * The topic every session event goes to, keyed by bookingId so that one booking's events stay in
 * order. Schema: src/main/resources/events/session-events.v1.json.
 */
public final class SessionEvents {

    public static final String TOPIC = "fascia.booking.sessions.v1";

    private SessionEvents() {
    }
}
