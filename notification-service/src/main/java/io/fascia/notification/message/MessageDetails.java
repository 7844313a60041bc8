package io.fascia.notification.message;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a message says, kept from the event that called for it: times, references and who acted.
 * Never health data; a client's free text (a cancellation reason) is not kept either, since people
 * write their symptoms into it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageDetails(UUID offeringId, Instant startsAt, Instant endsAt, Instant previousStartsAt,
        Integer cancellationWindowHours, Audience cancelledBy, Boolean late) {

    public static MessageDetails session(UUID offeringId, Instant startsAt, Instant endsAt, Integer cancellationWindowHours) {
        return new MessageDetails(offeringId, startsAt, endsAt, null, cancellationWindowHours, null, null);
    }
}
