package io.fascia.notification.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.fascia.notification.message.Audience;
import io.fascia.notification.message.EventMessages;
import io.fascia.notification.message.MessageDetails;
import io.fascia.notification.message.MessageKind;
import io.fascia.platform.inbox.Envelope;
import io.fascia.platform.inbox.IncomingEvents;
import io.fascia.platform.inbox.PoisonMessage;
import io.smallrye.common.annotation.Blocking;

/**
 * Directory's credential and standing events (schemas: directory-service's
 * events/credential-events.v1.json and standing-events.v1.json) become notices to the therapist,
 * with the admin's reason. Poison goes to {@code fascia.notification.directory-dlq.v1}.
 */
@ApplicationScoped
public class TherapistNotices {

    static final String CONSUMER = "notification.directory-notices";

    static final Map<String, MessageKind> KINDS = Map.of(
            "fascia.directory.credential-verified.v1", MessageKind.CREDENTIAL_VERIFIED,
            "fascia.directory.credential-rejected.v1", MessageKind.CREDENTIAL_REJECTED,
            "fascia.directory.credential-revoked.v1", MessageKind.CREDENTIAL_REVOKED,
            "fascia.directory.credential-expiring.v1", MessageKind.CREDENTIAL_EXPIRING,
            "fascia.directory.credential-expired.v1", MessageKind.CREDENTIAL_EXPIRED,
            "fascia.directory.listing-suspended.v1", MessageKind.LISTING_SUSPENDED,
            "fascia.directory.listing-reinstated.v1", MessageKind.LISTING_REINSTATED);

    /** What is read of both event kinds; the credential fields are absent on standing events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(UUID listingId, UUID credentialId, String credentialType, String reason, LocalDate expiresOn) {
    }

    @Inject
    IncomingEvents events;

    @Inject
    EventMessages messages;

    @Inject
    Clock clock;

    @Incoming("directory-notices")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, Notice.class, this::apply);
    }

    void apply(Envelope envelope, Notice notice) {
        String eventId = envelope.id();
        String type = envelope.type();
        MessageKind kind = KINDS.get(type);
        if (kind == null) {
            return;
        }
        if (notice.listingId() == null) {
            throw new PoisonMessage("a " + type + " event needs its listingId");
        }
        messages.once(CONSUMER, envelope, () -> {
            Instant now = clock.instant();
            io.fascia.notification.message.Message.about(eventId, kind, Audience.THERAPIST, null, notice.listingId(), null,
                    MessageDetails.notice(notice.credentialType(), notice.reason(), notice.expiresOn()), now, now);
        });
    }
}
