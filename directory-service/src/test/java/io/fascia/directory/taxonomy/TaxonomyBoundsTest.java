package io.fascia.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.fascia.directory.standing.Badge;

/** The bounds the API document states for taxonomy lists and badges hold, or the service refuses to start. */
class TaxonomyBoundsTest {

    private static TaxonomyViews.ConditionView condition(int regions) {
        TaxonomyViews.RegionView region = new TaxonomyViews.RegionView("upper-back", "Upper back", "Back");
        return new TaxonomyViews.ConditionView("neck-pain", "Neck pain", "Pain in the neck.",
                Collections.nCopies(regions, region), List.of(), null, List.of());
    }

    @Test
    void aTaxonomyWithinItsBoundsLoads() {
        assertThatCode(() -> Taxonomy.checkBounds(TaxonomyViews.ENTRIES_MAX, 1, List.of(condition(TaxonomyViews.PER_CONDITION_MAX))))
                .doesNotThrowAnyException();
    }

    @Test
    void tooManyEntriesStopTheService() {
        assertThatThrownBy(() -> Taxonomy.checkBounds(TaxonomyViews.ENTRIES_MAX + 1, 1, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ENTRIES_MAX");
    }

    @Test
    void aConditionNamingTooManyRegionsStopsTheService() {
        assertThatThrownBy(() -> Taxonomy.checkBounds(1, 1, List.of(condition(TaxonomyViews.PER_CONDITION_MAX + 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("neck-pain");
    }

    @Test
    void theBadgeCountIsTheNumberOfBadges() {
        assertThat(Badge.COUNT).isEqualTo(Badge.values().length);
    }
}
