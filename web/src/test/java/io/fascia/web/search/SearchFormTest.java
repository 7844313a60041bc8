package io.fascia.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchFormTest {

    private static SearchForm form() {
        SearchForm form = new SearchForm();
        form.condition = "upper-back-pain";
        form.place = "Portland, OR";
        form.technique = List.of("myofascial-release", " ");
        form.sessionType = "MEDICAL";
        form.maxPrice = "120";
        return form;
    }

    @Test
    void theApiGetsTheFormsQuestionWithThePlacesCoordinates() {
        var query = form().apiQuery("45.5200,-122.6800", 10);
        assertThat(query.getFirst("condition")).isEqualTo("upper-back-pain");
        assertThat(query.getFirst("near")).isEqualTo("45.5200,-122.6800");
        assertThat(query.get("technique")).containsExactly("myofascial-release");
        assertThat(query.getFirst("sessionType")).isEqualTo("MEDICAL");
        assertThat(query.getFirst("size")).isEqualTo("10");
        assertThat(query.containsKey("place")).as("the gazetteer's name is the page's, not the API's").isFalse();
        assertThat(form().apiQuery(null, 10).containsKey("radiusKm")).isFalse();
    }

    @Test
    void everyPageOfResultsHasAStableShareableUrl() {
        SearchForm form = form();
        assertThat(form.urlOfPage(0)).isEqualTo(
                "/search?condition=upper-back-pain&maxPrice=120&place=Portland%2C+OR&sessionType=MEDICAL"
                        + "&technique=myofascial-release");
        assertThat(form.urlOfPage(2)).endsWith("&page=2");
        assertThat(new SearchForm().urlOfPage(0)).isEqualTo("/search");
    }

    @Test
    void anEmptyResultSaysWhatToRelax() {
        assertThat(form().whatToRelax()).containsExactly("a larger distance than 25 km", "fewer techniques or tools",
                "a higher price limit than 120", "any kind of session");
        assertThat(new SearchForm().whatToRelax()).isEmpty();
    }
}
