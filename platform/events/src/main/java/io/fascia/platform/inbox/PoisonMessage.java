package io.fascia.platform.inbox;

/**
 * A message that can never be applied however often it is retried (unreadable, or breaking its
 * schema). Consumers throw it so the retry stops at once and the message goes to the dead-letter
 * topic, while the partition keeps flowing.
 */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessage(String message) {
        super(message);
    }
}
