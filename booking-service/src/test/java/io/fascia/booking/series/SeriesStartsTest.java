package io.fascia.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** A series keeps its wall-clock time through the zone rules' changes, on the real rules. */
class SeriesStartsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void tenOClockStaysTenOClockThroughSpringAndAutumnChanges() {
        assertThat(SeriesStarts.of(LocalDateTime.parse("2027-03-07T10:00"), NEW_YORK, 7, 2))
                .extracting(ZonedDateTime::toOffsetDateTime)
                .containsExactly(OffsetDateTime.parse("2027-03-07T10:00-05:00"), OffsetDateTime.parse("2027-03-14T10:00-04:00"));
        assertThat(SeriesStarts.of(LocalDateTime.parse("2027-10-24T10:00"), BERLIN, 7, 2))
                .extracting(ZonedDateTime::toOffsetDateTime)
                .containsExactly(OffsetDateTime.parse("2027-10-24T10:00+02:00"), OffsetDateTime.parse("2027-10-31T10:00+01:00"));
    }

    @Test
    void everyFewDaysCountsCalendarDaysNotHours() {
        assertThat(SeriesStarts.of(LocalDateTime.parse("2027-03-26T18:30"), BERLIN, 3, 3))
                .extracting(ZonedDateTime::toOffsetDateTime)
                .containsExactly(OffsetDateTime.parse("2027-03-26T18:30+01:00"), OffsetDateTime.parse("2027-03-29T18:30+02:00"),
                        OffsetDateTime.parse("2027-04-01T18:30+02:00"));
    }

    @Test
    void aTimeTheChangeSkipsMovesForwardByTheGapAndATwiceHappeningOneTakesTheEarlierOffset() {
        // 02:30 does not exist in New York on 14 March 2027; it happens twice on 7 November 2027.
        assertThat(SeriesStarts.of(LocalDateTime.parse("2027-03-07T02:30"), NEW_YORK, 7, 2).get(1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2027-03-14T03:30-04:00"));
        assertThat(SeriesStarts.of(LocalDateTime.parse("2027-10-31T01:30"), NEW_YORK, 7, 2).get(1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2027-11-07T01:30-04:00"));
    }
}
