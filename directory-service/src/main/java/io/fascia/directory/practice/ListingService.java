package io.fascia.directory.practice;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.listing.Offering;
import io.fascia.directory.listing.StandingEvent;
import io.fascia.directory.publication.ListingChanges;
import io.fascia.directory.standing.ListingStandings;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.platform.audit.AuditTrail;
import io.fascia.platform.outbox.Outbox;
import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Page;

/**
 * Everything that changes a listing. The owner writes its content and lifecycle; an admin only
 * suspends and reinstates. Each change commits with its snapshot event (and, for admins, its
 * audit entry), or not at all.
 */
@ApplicationScoped
public class ListingService {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Inject
    Taxonomy taxonomy;

    @Inject
    ListingStandings standings;

    @Inject
    ListingChanges changes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public ListingViews.ManagedListingView ownView(String subject) {
        return managedView(ownedBy(subject));
    }

    @Transactional
    public ListingViews.ManagedListingView adminView(UUID listingId) {
        return managedView(byId(listingId));
    }

    /** Listings whose name contains {@code text}, or whose id or owner is {@code text}; by name. */
    @Transactional
    public Page<ListingViews.ManagedListingView> find(String text, boolean onlySuspended, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (text != null) {
            params.put("text", text);
            params.put("pattern", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            where.add("(lower(displayName) like :pattern escape '\\' or ownerSubject = :text or cast(id as string) = :text)");
        }
        if (onlySuspended) {
            where.add("suspendedAt is not null");
        }
        var found = Listing.<Listing> find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                io.quarkus.panache.common.Sort.ascending("displayName", "id"), params);
        List<ListingViews.ManagedListingView> items = found.page(io.quarkus.panache.common.Page.of(page, size)).list()
                .stream().map(this::managedView).toList();
        return new Page<>(items, page, size, found.count());
    }

    ListingViews.ManagedListingView managedView(Listing listing) {
        return ListingViews.managedView(listing, standings.of(listing), taxonomy);
    }

    /** A listing as clients see it, only while they may see it. */
    @Transactional
    public java.util.Optional<ListingViews.PublicListingView> publicView(UUID listingId) {
        return Listing.<Listing> findByIdOptional(listingId).flatMap(listing -> {
            var standing = standings.of(listing);
            return standing.publiclyVisible()
                    ? java.util.Optional.of(ListingViews.publicView(listing, standing, taxonomy))
                    : java.util.Optional.empty();
        });
    }

    @Transactional
    public java.util.Optional<UUID> findOwned(String subject) {
        return Listing.findByOwner(subject).map(l -> l.id);
    }

    public Listing ownedBy(String subject) {
        return Listing.findByOwner(subject).orElseThrow(() -> ProblemException.notFound(
                "You have no listing yet: create it with PUT /api/v1/directory/listings/me."));
    }

    /** Creates the caller's listing as a draft, or replaces its profile. */
    @Transactional
    public ListingViews.ManagedListingView saveProfile(String subject, ListingRequests.ProfileRequest request) {
        checkProfile(request);
        Instant now = Instant.now(clock);
        Listing listing = Listing.findByOwner(subject).orElseGet(() -> {
            Listing created = new Listing();
            created.id = UUID.randomUUID();
            created.ownerSubject = subject;
            created.status = Listing.Status.DRAFT;
            created.createdAt = now;
            return created;
        });
        listing.displayName = request.displayName().strip();
        listing.bio = request.bio() == null ? "" : request.bio().strip();
        listing.practiceSetting = request.practiceSetting();
        ListingRequests.Address address = request.address();
        listing.street = address == null ? null : address.street();
        listing.city = address == null ? null : address.city();
        listing.region = address == null ? null : address.region();
        listing.postalCode = address == null ? null : address.postalCode();
        listing.country = address == null ? null : address.country();
        listing.latitude = request.location() == null ? null : request.location().latitude();
        listing.longitude = request.location() == null ? null : request.location().longitude();
        listing.serviceRadiusKm = request.serviceRadiusKm();
        listing.timeZone = request.timeZone();
        listing.languages = request.languages() == null ? new String[0]
                : request.languages().stream().distinct().toArray(String[]::new);
        listing.acceptsReferrals = request.acceptsReferrals();
        listing.cancellationWindowHours = request.cancellationWindowHours() == null ? 24 : request.cancellationWindowHours();
        listing.techniques.clear();
        if (request.techniques() != null) {
            for (ListingRequests.TechniqueChoice choice : request.techniques()) {
                boolean usesTools = taxonomy.technique(choice.code()).orElseThrow().usesTools();
                listing.techniques.add(new Listing.OfferedTechnique(choice.code(),
                        !usesTools || choice.toolsAllowed() == null || choice.toolsAllowed()));
            }
        }
        listing.conditions.clear();
        if (request.conditions() != null) {
            listing.conditions.addAll(request.conditions());
        }
        listing.updatedAt = now;
        if (!listing.isPersistent()) {
            listing.persist();
        }
        changes.record(listing);
        return managedView(listing);
    }

    @Transactional
    public ListingViews.OfferingView addOffering(String subject, ListingRequests.OfferingRequest request) {
        Listing listing = ownedBy(subject);
        if (listing.offerings.size() >= ListingRequests.OFFERINGS_MAX) {
            throw ProblemException.conflict("A listing can have at most " + ListingRequests.OFFERINGS_MAX + " offerings.");
        }
        Offering offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.listing = listing;
        offering.sortOrder = listing.offerings.stream().mapToInt(o -> o.sortOrder + 1).max().orElse(0);
        apply(offering, request);
        listing.offerings.add(offering);
        touch(listing);
        return ListingViews.OfferingView.of(offering);
    }

    @Transactional
    public ListingViews.OfferingView updateOffering(String subject, UUID offeringId, ListingRequests.OfferingRequest request) {
        Listing listing = ownedBy(subject);
        Offering offering = offering(listing, offeringId);
        apply(offering, request);
        touch(listing);
        return ListingViews.OfferingView.of(offering);
    }

    @Transactional
    public void removeOffering(String subject, UUID offeringId) {
        Listing listing = ownedBy(subject);
        listing.offerings.remove(offering(listing, offeringId));
        touch(listing);
    }

    @Transactional
    public ListingViews.ManagedListingView publish(String subject) {
        Listing listing = ownedBy(subject);
        List<String> missing = new ArrayList<>();
        if (listing.latitude == null) {
            missing.add("a location");
        }
        if (listing.conditions.isEmpty()) {
            missing.add("at least one condition treated");
        }
        if (listing.techniques.isEmpty()) {
            missing.add("at least one technique");
        }
        if (listing.offerings.isEmpty()) {
            missing.add("at least one offering");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("The listing cannot be published yet: it needs " + String.join(", ", missing) + ".");
        }
        listing.status = Listing.Status.PUBLISHED;
        touch(listing);
        return managedView(listing);
    }

    @Transactional
    public ListingViews.ManagedListingView unpublish(String subject) {
        Listing listing = ownedBy(subject);
        if (listing.status != Listing.Status.PUBLISHED) {
            throw ProblemException.conflict("Only a published listing can be unpublished; this one is " + listing.status + ".");
        }
        listing.status = Listing.Status.UNPUBLISHED;
        touch(listing);
        return managedView(listing);
    }

    @Transactional
    public ListingViews.ManagedListingView suspend(String admin, UUID listingId, String reason) {
        Listing listing = byId(listingId);
        if (listing.suspended()) {
            throw ProblemException.conflict("The listing is already suspended.");
        }
        listing.suspendedAt = Instant.now(clock);
        listing.suspensionReason = reason.strip();
        audit.record(admin, "listing.suspended", "listing", listing.id, listing.suspensionReason);
        outbox.publish(StandingEvent.TOPIC, listing.id.toString(), StandingEvent.SUSPENDED,
                new StandingEvent(listing.id, listing.suspensionReason, listing.suspendedAt));
        touch(listing);
        return managedView(listing);
    }

    @Transactional
    public ListingViews.ManagedListingView reinstate(String admin, UUID listingId, String reason) {
        Listing listing = byId(listingId);
        if (!listing.suspended()) {
            throw ProblemException.conflict("The listing is not suspended.");
        }
        listing.suspendedAt = null;
        listing.suspensionReason = null;
        audit.record(admin, "listing.reinstated", "listing", listing.id, reason.strip());
        outbox.publish(StandingEvent.TOPIC, listing.id.toString(), StandingEvent.REINSTATED,
                new StandingEvent(listing.id, reason.strip(), Instant.now(clock)));
        touch(listing);
        return managedView(listing);
    }

    public Listing byId(UUID listingId) {
        return Listing.<Listing> findByIdOptional(listingId)
                .orElseThrow(() -> ProblemException.notFound("There is no listing " + listingId + "."));
    }

    private void touch(Listing listing) {
        listing.updatedAt = Instant.now(clock);
        changes.record(listing);
    }

    private static Offering offering(Listing listing, UUID offeringId) {
        return listing.offerings.stream().filter(o -> o.id.equals(offeringId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Your listing has no offering " + offeringId + "."));
    }

    private static void apply(Offering offering, ListingRequests.OfferingRequest request) {
        offering.kind = request.kind();
        offering.title = request.title().strip();
        offering.minutes = request.minutes();
        offering.priceCents = request.price().movePointRight(2).intValueExact();
        offering.currency = request.currency();
        offering.sessionType = request.sessionType();
    }

    /** Checks what bean validation cannot: codes, the time zone, languages, and rules across fields. */
    public void checkProfile(ListingRequests.ProfileRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            ZoneId zone = ZoneId.of(request.timeZone());
            if (!request.timeZone().contains("/") && !"UTC".equals(request.timeZone())) {
                errors.add(new Problem.FieldError("timeZone", "must be an IANA region such as 'America/New_York'"));
            } else if (!zone.getId().equals(request.timeZone())) {
                errors.add(new Problem.FieldError("timeZone", "must be an IANA region such as 'America/New_York'"));
            }
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("timeZone", "'" + request.timeZone() + "' is not an IANA time zone"));
        }
        if (request.languages() != null) {
            for (int i = 0; i < request.languages().size(); i++) {
                if (!LANGUAGES.contains(request.languages().get(i))) {
                    errors.add(new Problem.FieldError("languages[" + i + "]", "is not an ISO 639-1 language code"));
                }
            }
        }
        if (request.techniques() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.techniques().size(); i++) {
                String code = request.techniques().get(i).code();
                if (taxonomy.technique(code).isEmpty()) {
                    errors.add(new Problem.FieldError("techniques[" + i + "].code", "'" + code + "' is not a known technique"));
                } else if (!seen.add(code)) {
                    errors.add(new Problem.FieldError("techniques[" + i + "].code", "'" + code + "' is listed twice"));
                }
            }
        }
        if (request.conditions() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.conditions().size(); i++) {
                String code = request.conditions().get(i);
                if (taxonomy.condition(code).isEmpty()) {
                    errors.add(new Problem.FieldError("conditions[" + i + "]", "'" + code + "' is not a known condition"));
                } else if (!seen.add(code)) {
                    errors.add(new Problem.FieldError("conditions[" + i + "]", "'" + code + "' is listed twice"));
                }
            }
        }
        if (request.practiceSetting() == Listing.PracticeSetting.MOBILE) {
            if (request.serviceRadiusKm() == null) {
                errors.add(new Problem.FieldError("serviceRadiusKm", "is required for a mobile practice"));
            }
            if (request.location() == null) {
                errors.add(new Problem.FieldError("location", "is required for a mobile practice (where the radius starts)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
