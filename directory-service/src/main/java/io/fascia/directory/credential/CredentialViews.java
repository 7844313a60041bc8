package io.fascia.directory.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fascia.directory.listing.ListingViews;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Credentials as their owner and admins see them. Nobody else ever does. */
public final class CredentialViews {

    private CredentialViews() {
    }

    public record DocumentView(String fileName, String contentType, int sizeBytes, String sha256) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CredentialView(UUID id, UUID listingId, Credential.Type type, String issuer, String jurisdiction,
            String number, String techniqueCode, LocalDate issuedOn, LocalDate expiresOn, Credential.State state,
            boolean current, String decisionReason, Instant decidedAt, Instant submittedAt, DocumentView document) {

        static CredentialView of(Credential c, CredentialDocument d, LocalDate today) {
            return new CredentialView(c.id, c.listingId, c.type, c.issuer, c.jurisdiction, c.number, c.techniqueCode,
                    c.issuedOn, c.expiresOn, c.state, c.currentOn(today), c.decisionReason, c.decidedAt, c.submittedAt,
                    d == null ? null : new DocumentView(d.fileName, d.contentType, d.sizeBytes, d.sha256));
        }
    }

    /** An entry of the admin queue: the credential and whose it is. */
    public record QueueItem(CredentialView credential, String listingDisplayName, String ownerSubject) {
    }

    /**
     * A page of the queue, with how many credentials are in each state (within the type filter) and
     * when the oldest of the requested state was submitted, so an admin sees how long people wait.
     */
    public record QueuePage(List<QueueItem> items, int page, int size, long total, Map<Credential.State, Long> counts,
            Instant oldestSubmittedAt) {
    }

    /**
     * One credential as an admin decides on it: the credential, the listing it vouches for and the
     * listing's other credentials, newest first.
     */
    public record CredentialReview(CredentialView credential, ListingViews.ManagedListingView listing,
            List<CredentialView> otherCredentials) {
    }
}
