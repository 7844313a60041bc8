package io.fascia.web.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.fascia.web.api.Models;

class PainChartTest {

    private static Models.SummaryPain pain(String measure, int pain, String at) {
        return new Models.SummaryPain(measure, pain, Instant.parse(at), null);
    }

    @Test
    void pointsSpreadByTimeAndHigherPainIsDrawnHigher() {
        PainChart chart = PainChart.of(List.of(pain("BEFORE_SESSION", 8, "2027-03-01T10:00:00Z"),
                pain("AFTER_SESSION", 4, "2027-03-01T11:00:00Z"), pain("CHECK_IN", 2, "2027-03-29T11:00:00Z")));
        assertThat(chart.dots()).extracting(PainChart.Dot::x).containsExactly("40.0", "40.9", "624.0");
        // 10 at the top (y 12), 0 on the axis (y 212).
        assertThat(chart.dots()).extracting(PainChart.Dot::y).containsExactly("52.0", "132.0", "172.0");
        assertThat(chart.line()).isEqualTo("40.0,52.0 40.9,132.0 624.0,172.0");
        assertThat(chart.gridlines()).extracting(PainChart.Gridline::pain).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(chart.description()).isEqualTo(
                "Pain from 8 of 10 at the first measurement to 2 of 10 at the last, 3 measurements in all.");
        assertThat(chart.first()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(chart.last()).isEqualTo(Instant.parse("2027-03-29T11:00:00Z"));
        assertThat(chart.spansTime()).isTrue();
    }

    @Test
    void oneScoreSitsInTheMiddleAndNoneDrawsNothing() {
        PainChart one = PainChart.of(List.of(pain("BEFORE_SESSION", 5, "2027-03-01T10:00:00Z")));
        assertThat(one.dots()).singleElement().satisfies(d -> assertThat(d.x()).isEqualTo("332.0"));
        assertThat(one.description()).isEqualTo("One pain score: 5 of 10.");
        assertThat(one.spansTime()).isFalse();
        PainChart none = PainChart.of(List.of());
        assertThat(none.dots()).isEmpty();
        assertThat(none.line()).isEmpty();
    }
}
