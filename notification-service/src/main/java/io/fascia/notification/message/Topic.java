package io.fascia.notification.message;

/**
 * What a person may turn off. Transactional messages (a booking made, moved or cancelled) always
 * go: they are the record of what happened to the person's time.
 */
public enum Topic {
    TRANSACTIONAL, REMINDERS, PROMPTS;

    public boolean optional() {
        return this != TRANSACTIONAL;
    }
}
