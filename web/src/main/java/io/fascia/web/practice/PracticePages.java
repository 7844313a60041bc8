package io.fascia.web.practice;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;
import io.fascia.web.place.Gazetteer;
import io.fascia.web.search.TaxonomyCache;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A therapist's practice: the overview with what stands between the listing and search, and the
 * listing editor (profile with a live preview, offerings, publish). The directory decides; the
 * pages show its answers next to what the therapist typed.
 */
@Path("/practice")
@RolesAllowed("therapist")
@Produces(MediaType.TEXT_HTML)
public class PracticePages {

    @Inject
    Api api;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FormCheck formCheck;

    /** What the editor page shows besides the form. */
    public record Editor(Models.ManagedListing managed, ListingForm form, Models.Taxonomy taxonomy, List<String> zones,
            Map<String, String> languages, Map<String, String> names, OfferingForm offering, String notice,
            String message) {
    }

    /** The "add an offering" form as typed, with its errors. */
    public record OfferingForm(String kind, String title, String minutes, String price, String currency,
            String sessionType, Map<String, String> errors) {

        static OfferingForm empty() {
            return new OfferingForm("INITIAL_ASSESSMENT", "", "60", "", "USD", "MEDICAL", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Models.ManagedListing managed, Readiness readiness, String notice,
                String message);

        static native TemplateInstance listing(Editor editor);

        static native TemplateInstance preview(ListingForm form, Map<String, String> names,
                List<Models.Offering> offerings);
    }

    @GET
    public TemplateInstance overview(@QueryParam("notice") String notice) {
        return overviewPage(notice, null);
    }

    private TemplateInstance overviewPage(String notice, String message) {
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        List<Models.Credential> credentials = api.call(c -> c.ownCredentials());
        String text = switch (notice == null ? "" : notice) {
            case "published" -> managed.publiclyVisible() ? "Your listing is published and in search."
                    : "Your listing is published. It shows in search once the steps below are done.";
            case "unpublished" -> "Your listing is unpublished: clients no longer find or book it. Booked sessions stay.";
            default -> null;
        };
        boolean availabilitySet = AvailabilityPages.own(api).isPresent();
        return Templates.overview(managed, Readiness.of(managed, credentials, availabilitySet), text, message);
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@org.jboss.resteasy.reactive.RestForm(FormTokens.FIELD) String csrf) {
        formCheck.require(csrf);
        return change(() -> api.call(c -> c.publish()), "published");
    }

    @POST
    @Path("unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@org.jboss.resteasy.reactive.RestForm(FormTokens.FIELD) String csrf) {
        formCheck.require(csrf);
        return change(() -> api.call(c -> c.unpublish()), "unpublished");
    }

    private Response change(Runnable action, String notice) {
        try {
            action.run();
            return Response.seeOther(URI.create("/practice?notice=" + notice)).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status()).entity(overviewPage(null, problem.message())).build();
        }
    }

    @GET
    @Path("listing")
    public TemplateInstance editor(@QueryParam("saved") String saved, @QueryParam("welcome") String welcome) {
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        String notice = saved != null ? "Your listing is saved."
                : welcome != null ? "Welcome to Fascia. Fill in your listing; it stays a draft until you publish it." : null;
        return Templates.listing(editor(managed, ListingForm.of(managed.listing()), OfferingForm.empty(), notice, null));
    }

    private Editor editor(Models.ManagedListing managed, ListingForm form, OfferingForm offering, String notice,
            String message) {
        return new Editor(managed, form, taxonomy.get(), Zones.ALL, ListingForm.COMMON_LANGUAGES, taxonomy.names(), offering,
                notice, message);
    }

    @POST
    @Path("listing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        formCheck.require(fields.getFirst(FormTokens.FIELD));
        ListingForm form = ListingForm.posted(fields);
        var request = form.request(gazetteer);
        if (request.isEmpty()) {
            return Response.status(400).entity(Templates.listing(editor(api.call(c -> c.ownListing()), form,
                    OfferingForm.empty(), null, null))).build();
        }
        try {
            api.call(c -> c.saveProfile(request.get()));
            return Response.seeOther(URI.create("/practice/listing?saved=1")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            form.errors.putAll(problem.fieldErrors());
            return Response.status(problem.status()).entity(Templates.listing(editor(api.call(c -> c.ownListing()), form,
                    OfferingForm.empty(), null, problem.fieldErrors().isEmpty() ? problem.message() : null))).build();
        }
    }

    /** The public page as the form stands now, unsaved: htmx posts the form here as it changes. */
    @POST
    @Path("listing/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(MultivaluedMap<String, String> fields) {
        formCheck.require(fields.getFirst(FormTokens.FIELD));
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        return Templates.preview(ListingForm.posted(fields), taxonomy.names(), managed.listing().offerings());
    }

    @POST
    @Path("listing/offerings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOffering(MultivaluedMap<String, String> fields) {
        formCheck.require(fields.getFirst(FormTokens.FIELD));
        OfferingForm typed = new OfferingForm(FormValues.one(fields, "kind"), FormValues.one(fields, "title"),
                FormValues.one(fields, "minutes"), FormValues.one(fields, "price"),
                FormValues.one(fields, "currency").toUpperCase(java.util.Locale.ROOT), FormValues.one(fields, "sessionType"),
                Map.of());
        Map<String, String> unreadable = new java.util.LinkedHashMap<>();
        Integer minutes = FormValues.whole("minutes", typed.minutes(), unreadable, "must be a whole number of minutes");
        BigDecimal price = FormValues.decimal("price", typed.price().replace(",", ""), unreadable,
                "must be an amount such as 120 or 95.50");
        Models.ManagedListing managed = api.call(c -> c.ownListing());
        if (!unreadable.isEmpty()) {
            return offeringRefused(managed, typed, unreadable, 400);
        }
        Models.OfferingRequest request = new Models.OfferingRequest(FormValues.orNull(typed.kind()), typed.title(), minutes, price,
                FormValues.orNull(typed.currency()), FormValues.orNull(typed.sessionType()));
        try {
            api.call(c -> c.addOffering(request));
            return Response.seeOther(URI.create("/practice/listing?saved=1#offerings")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            Map<String, String> errors = problem.fieldErrors().isEmpty() ? Map.of("title", problem.message())
                    : problem.fieldErrors();
            return offeringRefused(managed, typed, errors, problem.status());
        }
    }

    private Response offeringRefused(Models.ManagedListing managed, OfferingForm typed, Map<String, String> errors, int status) {
        OfferingForm shown = new OfferingForm(typed.kind(), typed.title(), typed.minutes(), typed.price(), typed.currency(),
                typed.sessionType(), errors);
        return Response.status(status).entity(Templates.listing(editor(managed, ListingForm.of(managed.listing()), shown,
                null, null))).build();
    }

    @POST
    @Path("listing/offerings/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeOffering(@PathParam("id") UUID id,
            @org.jboss.resteasy.reactive.RestForm(FormTokens.FIELD) String csrf) {
        formCheck.require(csrf);
        try {
            api.run(c -> c.removeOffering(id));
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            Models.ManagedListing managed = api.call(c -> c.ownListing());
            return Response.status(problem.status()).entity(Templates.listing(editor(managed,
                    ListingForm.of(managed.listing()), OfferingForm.empty(), null, problem.message()))).build();
        }
        return Response.seeOther(URI.create("/practice/listing?saved=1#offerings")).build();
    }
}
