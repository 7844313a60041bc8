package io.fascia.notification.message;

import java.util.Locale;

/**
 * Every message Fascia sends, the topic a person may turn it off by, and its Qute templates
 * ({@code templates/letters/<name>.txt} and {@code .html}).
 */
public enum MessageKind {
    /** To both sides when a session is booked; the client's carries an .ics file. */
    BOOKING_CONFIRMED(Topic.TRANSACTIONAL),
    /** To the client, a day before (configurable), with the frozen cancellation policy. */
    SESSION_REMINDER(Topic.REMINDERS),
    /** To both sides, saying who cancelled. */
    BOOKING_CANCELLED(Topic.TRANSACTIONAL),
    /** To both sides, with the old and the new time. */
    BOOKING_RESCHEDULED(Topic.TRANSACTIONAL),
    /** To the client after a completed session. */
    REVIEW_INVITATION(Topic.PROMPTS),
    /** To the client when a check-in of a completed session falls due (1 and 4 weeks after it). */
    CHECK_IN_PROMPT(Topic.PROMPTS);

    private final Topic topic;

    MessageKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
