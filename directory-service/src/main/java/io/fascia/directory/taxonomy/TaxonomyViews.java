package io.fascia.directory.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;

/**
 * What the taxonomy looks like to API callers. The bounds are the database's (migration V12) and
 * those {@link Taxonomy} checks when it loads.
 */
public final class TaxonomyViews {

    public static final int NAME_MAX = 120;
    public static final int PROSE_MAX = 500;

    /** The most techniques, regions or conditions the taxonomy holds, and the most of each a condition names. */
    public static final int ENTRIES_MAX = 200;
    public static final int PER_CONDITION_MAX = 30;

    /** The longest {@link ConditionView#alsoAssessSummary}: its opening words and every region's name. */
    public static final int SUMMARY_MAX = 50 + PER_CONDITION_MAX * (NAME_MAX + 5);

    private TaxonomyViews() {
    }

    public record TechniqueView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = NAME_MAX) String name,
            @Size(max = PROSE_MAX) String definition, boolean usesTools, boolean medical) {
    }

    /** @param area the area of the body it belongs to, such as "Head and neck" */
    public record RegionView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = NAME_MAX) String name,
            @Size(max = NAME_MAX) String area) {
    }

    public record AssessedRegionView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = NAME_MAX) String name, @Size(max = PROSE_MAX) String reason) {
    }

    /**
     * @param alsoAssess        regions where the cause often lies, with why
     * @param alsoAssessSummary the same as one sentence for a client; guidance, never a diagnosis
     */
    public record ConditionView(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = NAME_MAX) String name,
            @Size(max = PROSE_MAX) String description, @Size(max = PER_CONDITION_MAX) List<RegionView> symptomRegions,
            @Size(max = PER_CONDITION_MAX) List<AssessedRegionView> alsoAssess, @Size(max = SUMMARY_MAX) String alsoAssessSummary,
            @Size(max = PER_CONDITION_MAX) List<TechniqueView> suitedTechniques) {

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

    public record TaxonomyView(@Size(max = ENTRIES_MAX) List<TechniqueView> techniques,
            @Size(max = ENTRIES_MAX) List<RegionView> regions, @Size(max = ENTRIES_MAX) List<ConditionView> conditions) {
    }
}
