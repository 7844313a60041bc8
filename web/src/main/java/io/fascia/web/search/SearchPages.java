package io.fascia.web.search;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.fascia.web.WebConfig;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.common.AnonymousPages;
import io.fascia.web.api.Models;
import io.fascia.web.place.Gazetteer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Find a therapist: the public search page, server-rendered so it works without script and is
 * readable by search engines; with htmx, a new search swaps only the results, into a live region.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final int PAGE_SIZE = 10;

    @Inject
    SearchResults searchResults;

    @Inject
    AnonymousPages anonymousPages;

    @Inject
    TaxonomyCache taxonomy;

    @Inject
    Gazetteer gazetteer;

    @Inject
    WebConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);

        static native TemplateInstance search$results(SearchView view);

        static native TemplateInstance medicalMassage(List<Models.Condition> conditions, String canonical);
    }

    /**
     * @param results   null until the visitor has asked something
     * @param errors    field errors by the form's field names
     * @param relax     what to loosen when nothing matched
     */
    public record SearchView(SearchForm form, Models.Taxonomy taxonomy,
            Models.SearchPage results, Map<String, String> errors, String message, List<String> relax, String canonical,
            String heading, Map<String, String> names) {

        public record Language(String code, String name) {
        }

        public List<String> radii() {
            return List.of("10", "25", "50", "100");
        }

        public List<String> badgeCodes() {
            return List.of("MEDICAL_MASSAGE", "LICENSED", "BOARD_CERTIFIED", "INSURED");
        }

        /** The "free to see me within" choices, in days. */
        public List<String> withinDays() {
            return List.of("3", "7", "14", "30");
        }

        public List<String> offeringKinds() {
            return List.of("INITIAL_ASSESSMENT", "FOLLOW_UP", "OTHER");
        }

        public List<Language> languages() {
            return List.of(new Language("en", "English"), new Language("es", "Spanish"), new Language("zh", "Chinese"),
                    new Language("vi", "Vietnamese"), new Language("ru", "Russian"), new Language("fr", "French"),
                    new Language("de", "German"));
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || message != null;
        }

        public String previousUrl() {
            return results != null && form.pageNumber() > 0 ? form.urlOfPage(form.pageNumber() - 1) : null;
        }

        public String nextUrl() {
            return results != null && results.hasMore() ? form.urlOfPage(form.pageNumber() + 1) : null;
        }

        public int firstNumber() {
            return form.pageNumber() * PAGE_SIZE + 1;
        }

        /**
         * What a thorough therapist will also assess, for one result: said once above the results
         * when it is the searched condition's guidance, so each result repeats only what differs.
         */
        public String assessOf(Models.Why why) {
            if (why == null || why.alsoAssess() == null || why.alsoAssess().isBlank()) {
                return null;
            }
            boolean sameAsPage = results != null && results.condition() != null
                    && why.alsoAssess().equals(results.condition().alsoAssessSummary());
            return sameAsPage ? null : why.alsoAssess();
        }

        public int lastNumber() {
            return form.pageNumber() * PAGE_SIZE + (results == null ? 0 : results.items().size());
        }
    }

    @GET
    public Object home(@BeanParam SearchForm form) {
        return anonymousPages.page(null, () -> searchPage(form, null));
    }

    @GET
    @Path("search")
    public Object search(@BeanParam SearchForm form, @HeaderParam("HX-Target") String htmxTarget) {
        String part = "results".equals(htmxTarget) ? htmxTarget : null;
        return anonymousPages.page(part, () -> searchPage(form, part));
    }

    private TemplateInstance searchPage(SearchForm form, String htmxTarget) {
        Models.Taxonomy tax = taxonomy.get();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Models.SearchPage results = null;
        String message = null;
        List<String> relax = List.of();
        if (form.asked()) {
            String near = null;
            if (SearchForm.present(form.near)) {
                near = form.near.strip();
            } else if (SearchForm.present(form.place)) {
                near = gazetteer.find(form.place).map(Gazetteer.Place::near).orElse(null);
                if (near == null) {
                    errors.put("place", "We don't know '" + form.place.strip()
                            + "'. Choose a city from the list, such as Portland, OR, or use your location.");
                }
            }
            if (errors.isEmpty()) {
                String centre = near;
                try {
                    results = searchResults.find(form.apiQuery(centre, PAGE_SIZE));
                    if (results.items().isEmpty()) {
                        relax = form.whatToRelax();
                    }
                } catch (ApiProblem problem) {
                    if (!problem.refusesTheRequest()) {
                        throw problem;
                    }
                    problem.fieldErrors().forEach((field, text) -> errors.put("near".equals(field) ? "place" : field, text));
                    if (errors.isEmpty()) {
                        message = problem.message();
                    }
                }
            }
        }
        String heading = headingOf(form, tax);
        SearchView view = new SearchView(form, tax, results, errors, message, relax,
                config.origin() + form.urlOfPage(form.pageNumber()), heading, taxonomy.names());
        return "results".equals(htmxTarget) ? Templates.search$results(view) : Templates.search(view);
    }

    @GET
    @Path("medical-massage")
    public Object medicalMassage() {
        return anonymousPages.page(null,
                () -> Templates.medicalMassage(taxonomy.get().conditions(), config.origin() + "/medical-massage"));
    }

    private static String headingOf(SearchForm form, Models.Taxonomy tax) {
        String what = tax.conditions().stream().filter(c -> c.code().equals(form.condition)).map(Models.Condition::name)
                .findFirst()
                .orElseGet(() -> tax.regions().stream().filter(r -> r.code().equals(form.region))
                        .map(r -> r.name() + " pain").findFirst().orElse(null));
        if (what == null) {
            return "Find a medical massage therapist";
        }
        String where = SearchForm.present(form.place) ? " near " + form.place.strip()
                : SearchForm.present(form.near) ? " near you" : "";
        return "Therapists for " + what.toLowerCase(java.util.Locale.ROOT) + where;
    }
}
