package io.fascia.notification.message;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a message says, kept from the event that called for it: times, references, who acted and an
 * admin's reason to a therapist. Never health data; a client's free text (a cancellation reason) is not kept either, since people
 * write their symptoms into it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageDetails(UUID offeringId, Instant startsAt, Instant endsAt, Instant previousStartsAt,
        Integer cancellationWindowHours, Audience cancelledBy, Boolean late, UUID checkInId, Integer ordinal, String dueAfter,
        Instant closesAt, String credentialType, String reason, java.time.LocalDate expiresOn) {

    public MessageDetails(UUID offeringId, Instant startsAt, Instant endsAt, Instant previousStartsAt,
            Integer cancellationWindowHours, Audience cancelledBy, Boolean late) {
        this(offeringId, startsAt, endsAt, previousStartsAt, cancellationWindowHours, cancelledBy, late, null, null, null, null,
                null, null, null);
    }

    /** A notice to a therapist about a credential or their listing, with the admin's reason where there is one. */
    public static MessageDetails notice(String credentialType, String reason, java.time.LocalDate expiresOn) {
        return new MessageDetails(null, null, null, null, null, null, null, null, null, null, null, credentialType, reason,
                expiresOn);
    }

    public static MessageDetails session(UUID offeringId, Instant startsAt, Instant endsAt, Integer cancellationWindowHours) {
        return new MessageDetails(offeringId, startsAt, endsAt, null, cancellationWindowHours, null, null);
    }

    /** A check-in's prompt: which check-in, how long after the session, and until when it can be answered. */
    public static MessageDetails checkIn(UUID checkInId, int ordinal, String dueAfter, Instant closesAt) {
        return new MessageDetails(null, null, null, null, null, null, null, checkInId, ordinal, dueAfter, closesAt, null, null,
                null);
    }
}
