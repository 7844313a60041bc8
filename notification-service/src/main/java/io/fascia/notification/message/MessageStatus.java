package io.fascia.notification.message;

/** Where a message is: waiting for its time (or for SMTP), sent, withdrawn, or skipped for good. */
public enum MessageStatus {
    PENDING, SENT, WITHDRAWN, SKIPPED
}
