package io.fascia.notification.therapist;

import java.util.UUID;

/**
 * A therapist's listing was written to the replica (fired inside the transaction that wrote it):
 * messages that waited for it can go.
 */
public record TherapistListed(UUID therapistId) {
}
