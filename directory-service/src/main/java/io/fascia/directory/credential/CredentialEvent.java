package io.fascia.directory.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to a therapist's credential (schema: resources/events/credential-events.v1.json),
 * on {@code fascia.directory.credentials.v1}, keyed by listing: verified, rejected or revoked (with
 * the admin's reason), expiring within 30 days, expired. notification-service tells the therapist.
 */
public record CredentialEvent(UUID listingId, UUID credentialId, Credential.Type credentialType, String reason,
        LocalDate expiresOn, Instant occurredAt) {

    public static final String TOPIC = "fascia.directory.credentials.v1";
    public static final String VERIFIED = "fascia.directory.credential-verified.v1";
    public static final String REJECTED = "fascia.directory.credential-rejected.v1";
    public static final String REVOKED = "fascia.directory.credential-revoked.v1";
    public static final String EXPIRING = "fascia.directory.credential-expiring.v1";
    public static final String EXPIRED = "fascia.directory.credential-expired.v1";

    public static CredentialEvent of(Credential credential, String reason, Instant at) {
        return new CredentialEvent(credential.listingId, credential.id, credential.type, reason, credential.expiresOn, at);
    }
}
