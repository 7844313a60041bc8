package io.fascia.directory.search;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.fascia.directory.credential.Credential;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.Offering;
import io.fascia.directory.standing.Standing;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.directory.taxonomy.TaxonomyViews;

/** Keeps a listing's search entry in step with the listing: present exactly while clients may see it. */
@ApplicationScoped
public class SearchIndex {

    /** Credentials without an expiry date are current until further notice. */
    private static final LocalDate OPEN_ENDED = LocalDate.of(9999, 12, 31);

    @Inject
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Inject
    ConditionRanks ranks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Listing listing, Standing standing, List<Credential> credentials, LocalDate today) {
        em.createNativeQuery("DELETE FROM search_entry WHERE listing_id = ?1").setParameter(1, listing.id).executeUpdate();
        if (!standing.publiclyVisible() || listing.latitude == null || listing.offerings.isEmpty()) {
            return;
        }
        LocalDate licensed = until(credentials, Credential.Type.LICENSE, today).orElseThrow();
        LocalDate medical = until(credentials, Credential.Type.MEDICAL_MASSAGE_CERTIFICATE, today)
                .map(d -> d.isBefore(licensed) ? d : licensed).orElse(null);
        Set<String> regions = new LinkedHashSet<>();
        listing.conditions.forEach(code -> taxonomy.condition(code)
                .ifPresent(c -> c.symptomRegions().forEach(r -> regions.add(r.code()))));
        List<String> toolsAllowed = listing.techniques.stream()
                .filter(t -> taxonomy.technique(t.techniqueCode).map(TaxonomyViews.TechniqueView::usesTools).orElse(false))
                .filter(t -> t.toolsAllowed)
                .map(t -> t.techniqueCode)
                .toList();
        Offering cheapest = listing.offerings.stream().min((a, b) -> Integer.compare(a.priceCents, b.priceCents)).orElseThrow();
        em.createNativeQuery("""
                INSERT INTO search_entry (listing_id, display_name, practice_setting, city, latitude, longitude,
                    service_radius_km, languages, accepts_referrals, techniques, tools_allowed, conditions, regions,
                    offering_kinds, min_price_cents, min_initial_cents, min_follow_up_cents, currency,
                    licensed_until, board_until, medical_until, insured_until, session_types)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                    ?23)""")
                .setParameter(1, listing.id)
                .setParameter(2, listing.displayName)
                .setParameter(3, listing.practiceSetting.name())
                .setParameter(4, listing.city)
                .setParameter(5, listing.latitude)
                .setParameter(6, listing.longitude)
                .setParameter(7, listing.serviceRadiusKm)
                .setParameter(8, listing.languages)
                .setParameter(9, listing.acceptsReferrals)
                .setParameter(10, listing.techniques.stream().map(t -> t.techniqueCode).toArray(String[]::new))
                .setParameter(11, toolsAllowed.toArray(String[]::new))
                .setParameter(12, listing.conditions.toArray(String[]::new))
                .setParameter(13, regions.toArray(String[]::new))
                .setParameter(14, listing.offerings.stream().map(o -> o.kind.name()).distinct().toArray(String[]::new))
                .setParameter(15, cheapest.priceCents)
                .setParameter(16, minPrice(listing, Offering.Kind.INITIAL_ASSESSMENT))
                .setParameter(17, minPrice(listing, Offering.Kind.FOLLOW_UP))
                .setParameter(18, cheapest.currency)
                .setParameter(19, licensed)
                .setParameter(20, until(credentials, Credential.Type.BOARD_CERTIFICATION, today).orElse(null))
                .setParameter(21, medical)
                .setParameter(22, until(credentials, Credential.Type.LIABILITY_INSURANCE, today).orElse(null))
                .setParameter(23, listing.offerings.stream().map(o -> o.sessionType.name()).distinct().toArray(String[]::new))
                .executeUpdate();
        Set<String> offered = new HashSet<>(listing.techniques.stream().map(t -> t.techniqueCode).toList());
        for (String condition : listing.conditions) {
            long suited = taxonomy.condition(condition).orElseThrow().suitedTechniques().stream()
                    .filter(t -> offered.contains(t.code())).count();
            em.createNativeQuery("INSERT INTO search_condition_rank (listing_id, condition_code, suited_count) VALUES (?1, ?2, ?3)")
                    .setParameter(1, listing.id).setParameter(2, condition).setParameter(3, (int) suited)
                    .executeUpdate();
        }
        ranks.recomputeListing(listing.id);
    }

    private static Integer minPrice(Listing listing, Offering.Kind kind) {
        return listing.offerings.stream().filter(o -> o.kind == kind).map(o -> o.priceCents).min(Integer::compare)
                .orElse(null);
    }

    /** The last day any current credential of this type stays valid. */
    private static Optional<LocalDate> until(List<Credential> credentials, Credential.Type type, LocalDate today) {
        return credentials.stream()
                .filter(c -> c.type == type && c.currentOn(today))
                .map(c -> c.expiresOn == null ? OPEN_ENDED : c.expiresOn)
                .max(LocalDate::compareTo);
    }
}
