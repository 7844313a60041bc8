package io.fascia.directory.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.credential.CredentialDocument;
import io.fascia.directory.credential.CredentialRequest;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.practice.ListingViews;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.web.QueryParams;

/** Credentials as their owner and admins see them. Nobody else ever does. */
public final class CredentialViews {

    /** The most credentials a list of one listing's credentials holds: the newest. */
    public static final int LISTED = 100;

    /** The longest page of the admin queue. */
    public static final int QUEUE_MAX_SIZE = 200;

    private CredentialViews() {
    }

    public record DocumentView(@Size(min = 1, max = 255) String fileName,
            @Schema(enumeration = { "application/pdf", "image/png", "image/jpeg" }) String contentType,
            @Min(1) @Max(CredentialService.MAX_DOCUMENT_BYTES) int sizeBytes,
            @Size(min = 64, max = 64) @Schema(pattern = "^[0-9a-f]{64}$") String sha256) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CredentialView(UUID id, UUID listingId, Credential.Type type,
            @Size(max = CredentialRequest.ISSUER_MAX) String issuer,
            @Size(max = CredentialRequest.JURISDICTION_MAX) String jurisdiction,
            @Size(max = CredentialRequest.NUMBER_MAX) String number,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String techniqueCode,
            LocalDate issuedOn,
            LocalDate expiresOn, Credential.State state, boolean current,
            @Size(max = ListingRequests.REASON_MAX) String decisionReason,
            Instant decidedAt, Instant submittedAt, DocumentView document) {

        static CredentialView of(Credential c, CredentialDocument d, LocalDate today) {
            return new CredentialView(c.id, c.listingId, c.type, c.issuer, c.jurisdiction, c.number, c.techniqueCode,
                    c.issuedOn, c.expiresOn, c.state, c.currentOn(today), c.decisionReason, c.decidedAt, c.submittedAt,
                    d == null ? null : new DocumentView(d.fileName, d.contentType, d.sizeBytes, d.sha256));
        }
    }

    /** An entry of the admin queue: the credential and whose it is. */
    public record QueueItem(CredentialView credential, @Size(max = ListingRequests.DISPLAY_NAME_MAX) String listingDisplayName,
            @Size(max = Bounds.SUBJECT) String ownerSubject) {
    }

    /**
     * A page of the queue in the shape of every page (items, page, size, total, hasMore), with how
     * many credentials are in each state (within the type filter) and when the oldest of the
     * requested state was submitted, so an admin sees how long people wait.
     */
    public record QueuePage(@Size(max = QUEUE_MAX_SIZE) List<QueueItem> items, @Min(0) @Max(QueryParams.MAX_PAGE) int page,
            @Min(1) @Max(QUEUE_MAX_SIZE) int size, @Min(0) @Max(Long.MAX_VALUE) long total, boolean hasMore,
            Map<Credential.State, @Min(0) @Max(Long.MAX_VALUE) Long> counts, Instant oldestSubmittedAt) {
    }

    /**
     * One credential as an admin decides on it: the credential, the listing it vouches for and the
     * listing's other credentials, newest first.
     */
    public record CredentialReview(CredentialView credential, ListingViews.ManagedListingView listing,
            @Size(max = LISTED) List<CredentialView> otherCredentials) {
    }
}
