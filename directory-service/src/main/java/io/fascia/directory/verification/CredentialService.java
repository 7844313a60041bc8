package io.fascia.directory.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.credential.CredentialDocument;
import io.fascia.directory.credential.CredentialEvent;
import io.fascia.directory.credential.CredentialRequest;
import io.fascia.directory.credential.DocumentKind;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.publication.ListingChanges;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.platform.audit.AuditTrail;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * The life of a credential: a therapist submits it with its document; an admin verifies, rejects
 * or revokes it; it expires by itself. Each change commits together with its audit entry and the
 * listing's new snapshot, because badges and bookability follow from credentials.
 */
@ApplicationScoped
public class CredentialService {

    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    @Inject
    ListingService listings;

    @Inject
    ListingChanges changes;

    @Inject
    AuditTrail audit;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** A verified credential's therapist is told this long before it expires. */
    static final java.time.Period EXPIRY_NOTICE = java.time.Period.ofDays(30);

    /** An uploaded file as the HTTP layer received it. */
    public record Upload(String fileName, java.nio.file.Path file) {
    }

    @Transactional
    public CredentialViews.CredentialView submit(String subject, CredentialRequest request, Upload document) {
        Listing listing = listings.ownedBy(subject);
        check(request);
        DocumentContent content = read(document);

        Credential credential = new Credential();
        credential.id = UUID.randomUUID();
        credential.listingId = listing.id;
        credential.type = request.type();
        credential.issuer = request.issuer().strip();
        credential.jurisdiction = blankToNull(request.jurisdiction());
        credential.number = request.number().strip();
        credential.techniqueCode = blankToNull(request.techniqueCode());
        credential.issuedOn = request.issuedOn();
        credential.expiresOn = request.expiresOn();
        credential.state = Credential.State.SUBMITTED;
        credential.submittedAt = Instant.now(clock);
        credential.persist();

        CredentialDocument stored = new CredentialDocument();
        stored.credentialId = credential.id;
        stored.fileName = safeFileName(document.fileName());
        stored.contentType = content.kind().contentType();
        stored.sizeBytes = content.bytes().length;
        stored.sha256 = sha256(content.bytes());
        stored.content = content.bytes();
        stored.persist();
        return view(credential);
    }

    /** The newest credentials of a listing, at most {@link CredentialViews#LISTED}. */
    @Transactional
    public List<CredentialViews.CredentialView> ownedBy(String subject) {
        Listing listing = listings.ownedBy(subject);
        return Credential.<Credential> find("listingId = ?1 order by submittedAt desc, id", listing.id)
                .range(0, CredentialViews.LISTED - 1).list().stream().map(this::view).toList();
    }

    public record DocumentDownload(String fileName, String contentType, String sha256, byte[] content) {
    }

    /** The document, for its owner or an admin; for anyone else it does not exist. */
    @Transactional
    public DocumentDownload document(UUID credentialId, String subject, boolean admin) {
        Credential credential = Credential.<Credential> findByIdOptional(credentialId).orElse(null);
        boolean owner = credential != null && Listing.findByOwner(subject).map(l -> l.id.equals(credential.listingId)).orElse(false);
        if (credential == null || !(owner || admin)) {
            throw ProblemException.notFound("There is no credential " + credentialId + " of yours.");
        }
        CredentialDocument document = CredentialDocument.<CredentialDocument> findByIdOptional(credentialId)
                .orElseThrow(() -> ProblemException.notFound("Credential " + credentialId + " has no document."));
        return new DocumentDownload(document.fileName, document.contentType, document.sha256, document.content);
    }

    /** The admin queue, oldest first, optionally narrowed to a state and a type. */
    @Transactional
    public CredentialViews.QueuePage queue(Credential.State state, Credential.Type type, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            params.add(state);
            query.append(" and state = ?").append(params.size());
        }
        if (type != null) {
            params.add(type);
            query.append(" and type = ?").append(params.size());
        }
        var found = Credential.<Credential> find(query + " order by submittedAt, id", params.toArray());
        List<Credential> slice = found.page(Page.of(page, size)).list();
        Map<UUID, Listing> owners = Listing.<Listing> list("id in ?1",
                slice.stream().map(c -> c.listingId).distinct().toList()).stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));
        Map<Credential.State, Long> counts = new EnumMap<>(Credential.State.class);
        for (Credential.State each : Credential.State.values()) {
            counts.put(each, type == null ? Credential.count("state", each) : Credential.count("state = ?1 and type = ?2", each, type));
        }
        Instant oldest = page == 0 && !slice.isEmpty() ? slice.get(0).submittedAt
                : Credential.<Credential> find(query + " order by submittedAt, id", params.toArray())
                        .firstResultOptional().map(c -> c.submittedAt).orElse(null);
        long total = found.count();
        return new CredentialViews.QueuePage(slice.stream()
                .map(c -> new CredentialViews.QueueItem(view(c), owners.get(c.listingId).displayName,
                        owners.get(c.listingId).ownerSubject))
                .toList(), page, size, total, (long) (page + 1) * size < total, counts, oldest);
    }

    /** A credential with its listing and the listing's other credentials, for an admin's decision. */
    @Transactional
    public CredentialViews.CredentialReview review(UUID credentialId) {
        Credential credential = byId(credentialId);
        List<CredentialViews.CredentialView> others = Credential.<Credential> find(
                "listingId = ?1 and id <> ?2 order by submittedAt desc, id", credential.listingId, credential.id)
                .range(0, CredentialViews.LISTED - 1).list().stream().map(this::view).toList();
        return new CredentialViews.CredentialReview(view(credential), listings.adminView(credential.listingId), others);
    }

    @Transactional
    public CredentialViews.CredentialView verify(String admin, UUID credentialId, String note, LocalDate confirmedExpiry) {
        Credential credential = byId(credentialId);
        requireState(credential, Credential.State.SUBMITTED, "verified");
        if (confirmedExpiry != null && !confirmedExpiry.equals(credential.expiresOn)) {
            // The admin read a different date on the document; the document wins, and the log says so.
            note = "Expiry corrected from " + credential.expiresOn + " to " + confirmedExpiry + " as on the document."
                    + (blankToNull(note) == null ? "" : " " + note.strip());
            credential.expiresOn = confirmedExpiry;
        }
        if (credential.expiresOn != null && credential.expiresOn.isBefore(today())) {
            throw ProblemException.conflict("This credential expired on " + credential.expiresOn
                    + "; reject it and ask for the current one.");
        }
        decide(credential, Credential.State.VERIFIED, admin, blankToNull(note), "credential.verified");
        tell(CredentialEvent.VERIFIED, credential, null);
        return view(credential);
    }

    @Transactional
    public CredentialViews.CredentialView reject(String admin, UUID credentialId, String reason) {
        Credential credential = byId(credentialId);
        requireState(credential, Credential.State.SUBMITTED, "rejected");
        decide(credential, Credential.State.REJECTED, admin, reason.strip(), "credential.rejected");
        tell(CredentialEvent.REJECTED, credential, credential.decisionReason);
        return view(credential);
    }

    @Transactional
    public CredentialViews.CredentialView revoke(String admin, UUID credentialId, String reason) {
        Credential credential = byId(credentialId);
        requireState(credential, Credential.State.VERIFIED, "revoked");
        decide(credential, Credential.State.REVOKED, admin, reason.strip(), "credential.revoked");
        tell(CredentialEvent.REVOKED, credential, credential.decisionReason);
        return view(credential);
    }

    /**
     * Marks verified credentials past their expiry date EXPIRED; returns how many. Each replica's
     * job may run at once: rows another is expiring are skipped, so each expires (and is told) once.
     */
    @Transactional
    public int expireDue() {
        List<Credential> due = claimed(Credential.find("state = ?1 and expiresOn < ?2", Credential.State.VERIFIED, today()));
        Set<UUID> affectedListings = new LinkedHashSet<>();
        for (Credential credential : due) {
            credential.state = Credential.State.EXPIRED;
            credential.decidedAt = Instant.now(clock);
            credential.decidedBy = AuditTrail.SYSTEM;
            audit.record(AuditTrail.SYSTEM, "credential.expired", "credential", credential.id,
                    "Expiry date " + credential.expiresOn + " has passed.");
            tell(CredentialEvent.EXPIRED, credential, null);
            affectedListings.add(credential.listingId);
        }
        affectedListings.forEach(id -> changes.record(listings.byId(id)));
        return due.size();
    }

    /**
     * Tells each therapist once that a verified credential expires within 30 days; returns how many.
     * Across replicas too: rows another replica is noticing are skipped.
     */
    @Transactional
    public int noticeExpiring() {
        List<Credential> soon = claimed(Credential.find(
                "state = ?1 and expiresOn >= ?2 and expiresOn <= ?3 and expiryNoticedAt is null",
                Credential.State.VERIFIED, today(), today().plus(EXPIRY_NOTICE)));
        for (Credential credential : soon) {
            credential.expiryNoticedAt = Instant.now(clock);
            tell(CredentialEvent.EXPIRING, credential, null);
        }
        return soon.size();
    }

    /** A lock timeout of -2 asks Hibernate for {@code FOR UPDATE SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    /**
     * The rows of a scheduled job's query, locked for this transaction; rows another replica holds
     * are skipped, and once it commits they no longer match.
     */
    private static List<Credential> claimed(PanacheQuery<Credential> query) {
        return query.withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED).list();
    }

    private void tell(String type, Credential credential, String reason) {
        outbox.publish(CredentialEvent.TOPIC, credential.listingId.toString(), type,
                CredentialEvent.of(credential, reason, Instant.now(clock)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CredentialViews.CredentialView view(Credential credential) {
        return CredentialViews.CredentialView.of(credential, CredentialDocument.findById(credential.id), today());
    }

    private void decide(Credential credential, Credential.State to, String admin, String reason, String action) {
        credential.state = to;
        credential.decisionReason = reason;
        credential.decidedBy = admin;
        credential.decidedAt = Instant.now(clock);
        audit.record(admin, action, "credential", credential.id, reason);
        changes.record(listings.byId(credential.listingId));
    }

    private static void requireState(Credential credential, Credential.State required, String verb) {
        if (credential.state != required) {
            throw ProblemException.conflict("Only a " + required + " credential can be " + verb + "; this one is "
                    + credential.state + ".");
        }
    }

    private Credential byId(UUID id) {
        return Credential.<Credential> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no credential " + id + "."));
    }

    private void check(CredentialRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.expiresOn() != null && !request.expiresOn().isAfter(request.issuedOn())) {
            errors.add(new Problem.FieldError("expiresOn", "must be after issuedOn"));
        } else if (request.expiresOn() != null && request.expiresOn().isBefore(today())) {
            // An admin could only ever reject it: say so now, before it waits in the queue.
            errors.add(new Problem.FieldError("expiresOn", "has already passed; submit the current credential"));
        }
        if (request.issuedOn().isAfter(today())) {
            errors.add(new Problem.FieldError("issuedOn", "must not be in the future"));
        }
        Credential.Type type = request.type();
        if ((type == Credential.Type.LICENSE || type == Credential.Type.LIABILITY_INSURANCE) && request.expiresOn() == null) {
            errors.add(new Problem.FieldError("expiresOn", "is required for a " + type.name().toLowerCase().replace('_', ' ')));
        }
        if (type == Credential.Type.LICENSE && blankToNull(request.jurisdiction()) == null) {
            errors.add(new Problem.FieldError("jurisdiction", "is required for a licence (the state or province that issued it)"));
        }
        String technique = blankToNull(request.techniqueCode());
        if (type == Credential.Type.TECHNIQUE_CERTIFICATE) {
            if (technique == null) {
                errors.add(new Problem.FieldError("techniqueCode", "is required for a technique certificate"));
            } else if (taxonomy.technique(technique).isEmpty()) {
                errors.add(new Problem.FieldError("techniqueCode", "'" + technique + "' is not a known technique"));
            }
        } else if (technique != null) {
            errors.add(new Problem.FieldError("techniqueCode", "only applies to a technique certificate"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private record DocumentContent(DocumentKind kind, byte[] bytes) {
    }

    private static DocumentContent read(Upload document) {
        if (document == null || document.file() == null) {
            throw ProblemException.invalid("document", "is required: a PDF, PNG or JPEG of the credential");
        }
        try {
            long size = Files.size(document.file());
            if (size > MAX_DOCUMENT_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The document is " + size / (1024 * 1024) + " MB; the limit is 10 MB.");
            }
            if (size == 0) {
                throw ProblemException.invalid("document", "is empty");
            }
            byte[] head = new byte[DocumentKind.LONGEST_SIGNATURE];
            int read;
            try (InputStream in = Files.newInputStream(document.file())) {
                read = in.readNBytes(head, 0, head.length);
            }
            DocumentKind kind = DocumentKind.recognise(java.util.Arrays.copyOf(head, read))
                    .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "The document must be a PDF, PNG or JPEG file."));
            return new DocumentContent(kind, Files.readAllBytes(document.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded document", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Keeps a name that is safe in a Content-Disposition header and a file system. */
    static String safeFileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (safe.isEmpty()) {
            safe = "document";
        }
        return safe.length() > 255 ? safe.substring(safe.length() - 255) : safe;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
