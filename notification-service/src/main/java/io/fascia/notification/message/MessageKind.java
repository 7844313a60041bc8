package io.fascia.notification.message;

import java.util.Locale;

/**
 * Every message Fascia sends, the topic a person may turn it off by, and its Qute templates
 * ({@code templates/letters/<name>.txt} and {@code .html}; the notices to therapists share two,
 * which read the kind).
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
    CHECK_IN_PROMPT(Topic.PROMPTS),
    /** To the therapist: an admin verified a credential. */
    CREDENTIAL_VERIFIED(Topic.TRANSACTIONAL, "credential-notice"),
    /** To the therapist, with the admin's reason. */
    CREDENTIAL_REJECTED(Topic.TRANSACTIONAL, "credential-notice"),
    /** To the therapist, with the admin's reason. */
    CREDENTIAL_REVOKED(Topic.TRANSACTIONAL, "credential-notice"),
    /** To the therapist, once, within 30 days of a verified credential's expiry. */
    CREDENTIAL_EXPIRING(Topic.TRANSACTIONAL, "credential-notice"),
    /** To the therapist when a verified credential's date passed. */
    CREDENTIAL_EXPIRED(Topic.TRANSACTIONAL, "credential-notice"),
    /** To the therapist, with the admin's reason. */
    LISTING_SUSPENDED(Topic.TRANSACTIONAL, "standing-notice"),
    /** To the therapist, with the admin's reason. */
    LISTING_REINSTATED(Topic.TRANSACTIONAL, "standing-notice");

    private final Topic topic;
    private final String template;

    MessageKind(Topic topic) {
        this(topic, null);
    }

    MessageKind(Topic topic, String template) {
        this.topic = topic;
        this.template = template;
    }

    public Topic topic() {
        return topic;
    }

    public String templateName() {
        return template != null ? template : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
