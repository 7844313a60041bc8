package io.fascia.directory.taxonomy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

/**
 * The taxonomy, read once at start-up: it only changes through migrations, so it never needs to
 * be read from the database again while the service runs. Also the one place that says whether a
 * code exists.
 */
@ApplicationScoped
public class Taxonomy {

    private volatile Map<String, TaxonomyViews.TechniqueView> techniques = Map.of();
    private volatile Map<String, TaxonomyViews.RegionView> regions = Map.of();
    private volatile Map<String, TaxonomyViews.ConditionView> conditions = Map.of();

    /** Early, so that anything else starting up (demo data) can already check codes. */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        List<Technique> techniqueRows = Technique.list("order by sortOrder");
        List<BodyRegion> regionRows = BodyRegion.list("order by sortOrder");
        List<Condition> conditionRows = Condition.list("order by sortOrder");
        Map<String, TaxonomyViews.RegionView> regionViews = index(
                regionRows.stream().map(r -> new TaxonomyViews.RegionView(r.code, r.name, r.area)).toList(),
                TaxonomyViews.RegionView::code);
        Map<String, TaxonomyViews.TechniqueView> techniqueViews = index(techniqueRows.stream()
                .map(t -> new TaxonomyViews.TechniqueView(t.code, t.name, t.definition, t.usesTools, t.medical))
                .toList(), TaxonomyViews.TechniqueView::code);
        Map<String, TaxonomyViews.ConditionView> conditionViews = index(conditionRows.stream()
                .map(c -> TaxonomyViews.ConditionView.of(c, regionViews, techniqueViews))
                .toList(), TaxonomyViews.ConditionView::code);
        checkBounds(techniqueViews.size(), regionViews.size(), conditionViews.values());
        regions = regionViews;
        techniques = techniqueViews;
        conditions = conditionViews;
    }

    /** The API promises these bounds (see {@link TaxonomyViews}); a migration that breaks them stops the service. */
    static void checkBounds(int techniques, int regions, Collection<TaxonomyViews.ConditionView> conditions) {
        if (techniques > TaxonomyViews.ENTRIES_MAX || regions > TaxonomyViews.ENTRIES_MAX
                || conditions.size() > TaxonomyViews.ENTRIES_MAX) {
            throw new IllegalStateException("The taxonomy holds more than " + TaxonomyViews.ENTRIES_MAX
                    + " techniques, regions or conditions; raise TaxonomyViews.ENTRIES_MAX with the API's bounds");
        }
        for (TaxonomyViews.ConditionView c : conditions) {
            if (Math.max(c.symptomRegions().size(), Math.max(c.alsoAssess().size(), c.suitedTechniques().size()))
                    > TaxonomyViews.PER_CONDITION_MAX) {
                throw new IllegalStateException("Condition " + c.code() + " names more than "
                        + TaxonomyViews.PER_CONDITION_MAX + " regions or techniques; raise TaxonomyViews.PER_CONDITION_MAX");
            }
        }
    }

    public Collection<TaxonomyViews.TechniqueView> techniques() {
        return techniques.values();
    }

    public Collection<TaxonomyViews.RegionView> regions() {
        return regions.values();
    }

    public Collection<TaxonomyViews.ConditionView> conditions() {
        return conditions.values();
    }

    public Optional<TaxonomyViews.TechniqueView> technique(String code) {
        return Optional.ofNullable(code).map(techniques::get);
    }

    public Optional<TaxonomyViews.RegionView> region(String code) {
        return Optional.ofNullable(code).map(regions::get);
    }

    public Optional<TaxonomyViews.ConditionView> condition(String code) {
        return Optional.ofNullable(code).map(conditions::get);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
