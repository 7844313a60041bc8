package io.fascia.booking.series;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When the sessions of a series start: the first session's wall-clock time in the therapist's
 * zone, every {@code everyDays} days. Counting in local time keeps a 10:00 session at 10:00 across
 * a daylight-saving change (counting in instants would move it to 09:00 or 11:00). A time that a
 * change skips (02:30 on a spring-forward night) moves forward by the gap, as the law's clocks do;
 * a time that happens twice takes the earlier offset. Pure, so it is tested on the real zone rules.
 */
public final class SeriesStarts {

    private SeriesStarts() {
    }

    public static List<ZonedDateTime> of(LocalDateTime first, ZoneId zone, int everyDays, int sessions) {
        return IntStream.range(0, sessions).mapToObj(i -> first.plusDays((long) i * everyDays).atZone(zone)).toList();
    }
}
