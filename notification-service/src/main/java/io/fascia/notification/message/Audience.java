package io.fascia.notification.message;

/** Which side of a booking a message is written to. */
public enum Audience {
    CLIENT, THERAPIST
}
