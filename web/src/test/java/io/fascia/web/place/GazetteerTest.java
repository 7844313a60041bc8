package io.fascia.web.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void shipsAtLeastTheThreeHundredLargestUsCitiesWithTheDemoTown() {
        assertThat(gazetteer.all()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(gazetteer.all().get(0).name()).isEqualTo("New York, NY");
        assertThat(gazetteer.all()).allSatisfy(place -> {
            assertThat(place.latitude()).isBetween(18.0, 72.0);
            assertThat(place.longitude()).isBetween(-170.0, -65.0);
        });
    }

    @Test
    void findsACityHoweverItIsTypedAndTellsPortlandsApart() {
        assertThat(gazetteer.find("Portland, OR")).hasValueSatisfying(p -> assertThat(p.near()).isEqualTo("45.5200,-122.6800"));
        assertThat(gazetteer.find("  portland,or ")).map(Gazetteer.Place::name).hasValue("Portland, OR");
        assertThat(gazetteer.find("Portland ME")).map(Gazetteer.Place::latitude).hasValue(43.66);
        assertThat(gazetteer.find("St. Louis, MO")).isPresent();
        assertThat(gazetteer.find("St Louis MO")).isPresent();
        assertThat(gazetteer.find("Atlantis, XX")).isEmpty();
        assertThat(gazetteer.find("")).isEmpty();
        assertThat(gazetteer.find(null)).isEmpty();
    }
}
