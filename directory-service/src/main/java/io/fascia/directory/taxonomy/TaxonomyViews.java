package io.fascia.directory.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the taxonomy looks like to API callers. */
public final class TaxonomyViews {

    private TaxonomyViews() {
    }

    public record TechniqueView(String code, String name, String definition, boolean usesTools, boolean medical) {
    }

    /** @param area the area of the body it belongs to, such as "Head and neck" */
    public record RegionView(String code, String name, String area) {
    }

    public record AssessedRegionView(String code, String name, String reason) {
    }

    /**
     * @param alsoAssess        regions where the cause often lies, with why
     * @param alsoAssessSummary the same as one sentence for a client; guidance, never a diagnosis
     */
    public record ConditionView(String code, String name, String description, List<RegionView> symptomRegions,
            List<AssessedRegionView> alsoAssess, String alsoAssessSummary, List<TechniqueView> suitedTechniques) {

        static ConditionView of(Condition condition, Map<String, RegionView> regions, Map<String, TechniqueView> techniques) {
            List<AssessedRegionView> assessed = condition.assessedRegions.stream()
                    .map(a -> new AssessedRegionView(a.regionCode, regions.get(a.regionCode).name(), a.reason))
                    .toList();
            return new ConditionView(condition.code, condition.name, condition.description,
                    condition.symptomRegions.stream().map(regions::get).toList(),
                    assessed,
                    summary(assessed),
                    condition.suitedTechniques.stream().map(techniques::get).toList());
        }

        static String summary(List<AssessedRegionView> assessed) {
            if (assessed.isEmpty()) {
                return null;
            }
            List<String> names = assessed.stream().map(a -> lowerFirst(a.name())).toList();
            String joined = names.size() == 1 ? names.get(0)
                    : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                            + " and " + names.get(names.size() - 1);
            return "A thorough therapist will also assess your " + joined + ".";
        }

        private static String lowerFirst(String name) {
            return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }

    public record TaxonomyView(List<TechniqueView> techniques, List<RegionView> regions, List<ConditionView> conditions) {
    }
}
