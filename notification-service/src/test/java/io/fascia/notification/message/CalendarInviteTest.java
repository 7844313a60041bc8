package io.fascia.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CalendarInviteTest {

    @Test
    void anEventInUtcWithEscapedTextAndLinesFoldedAt75Octets() {
        String ics = new String(CalendarInvite.of("b1@fascia", Instant.parse("2026-03-09T14:00:00Z"),
                Instant.parse("2026-03-09T15:00:00Z"), "Assessment, first; with Zoë Ödegaard",
                "Monday 9 March 2026 at 10:00 Eastern Daylight Time (America/New_York). Free cancellation until Sunday 8 March 2026 at 10:00.",
                "http://localhost:8080/my/bookings/b1", Instant.parse("2026-03-01T00:00:00Z")), StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART:20260309T140000Z\r\n", "DTEND:20260309T150000Z\r\n", "UID:b1@fascia\r\n",
                "SUMMARY:Assessment\\, first\\; with Zoë Ödegaard\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("Free cancellation until Sunday 8 March 2026 at 10:00.");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
    }
}
