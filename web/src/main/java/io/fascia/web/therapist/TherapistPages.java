package io.fascia.web.therapist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.web.WebConfig;
import io.fascia.web.api.Api;
import io.fascia.web.api.Models;
import io.fascia.web.booking.Openings;
import io.fascia.web.search.TaxonomyCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A therapist's public page: who they are, what they offer, whose pain went down, and when they are free. */
@Path("/therapists/{id}")
@Produces(MediaType.TEXT_HTML)
public class TherapistPages {

    @Inject
    Api api;

    @Inject
    Openings openings;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    WebConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance therapist(TherapistView view);

        static native TemplateInstance openings(Models.Listing listing, Models.Offering offering, List<OffsetDateTime> next);
    }

    public record TherapistView(Models.Listing listing, Models.Offering offering, Openings.Week week,
            List<Models.ConditionOutcome> outcomes, List<Models.PublicReview> reviews, long reviewCount,
            Map<String, String> names, String canonical) {

        public String city() {
            return listing.address() == null ? null : listing.address().city();
        }

        public String description() {
            String bio = listing.bio() == null ? "" : listing.bio();
            return listing.displayName() + (city() == null ? "" : ", " + city()) + ": "
                    + (bio.length() > 140 ? bio.substring(0, 137) + "…" : bio);
        }
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("offering") UUID offeringId,
            @QueryParam("from") String from) {
        Models.Listing listing = api.call(c -> c.listing(id));
        Models.Offering offering = Openings.firstOffering(listing, offeringId);
        LocalDate today = Openings.today(listing.timeZone());
        LocalDate start = today;
        if (from != null) {
            try {
                start = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                start = today;
            }
        }
        if (start.isBefore(today)) {
            start = today;
        }
        Openings.Week week = offering == null ? null : openings.week(id, offering.id(), listing.timeZone(), start);
        Models.Outcomes outcomes = api.call(c -> c.outcomes(id));
        Models.Paged<Models.PublicReview> reviews = api.call(c -> c.reviews(id, 0, 10));
        return Templates.therapist(new TherapistView(listing, offering, week, outcomes.conditions(), reviews.items(),
                reviews.total(), taxonomy.names(), config.origin() + "/therapists/" + id));
    }

    /** The next three open times of the first offering: a search result loads it when it scrolls into view. */
    @GET
    @Path("openings")
    public TemplateInstance openings(@PathParam("id") UUID id) {
        Models.Listing listing = api.call(c -> c.listing(id));
        Models.Offering offering = Openings.firstOffering(listing, null);
        List<OffsetDateTime> next = offering == null ? List.of()
                : openings.next(id, offering.id(), listing.timeZone(), 3);
        return Templates.openings(listing, offering, next);
    }
}
