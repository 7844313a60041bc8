package io.fascia.notification.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A booked session as an iCalendar file (RFC 5545) to attach to its confirmation: exact instants
 * in UTC, so every calendar shows it at the right local time; the booking's id as UID, so a later
 * file for the same booking updates the entry instead of adding one.
 */
public final class CalendarInvite {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 3.1: lines longer than 75 octets are folded. */
    private static final int LINE_OCTETS = 75;

    private CalendarInvite() {
    }

    public static byte[] of(String uid, Instant start, Instant end, String summary, String description, String url,
            Instant stamp) {
        List<String> lines = List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fascia//Notifications//EN",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(start), "DTEND:" + UTC.format(end), "SUMMARY:" + text(summary),
                "DESCRIPTION:" + text(description), "URL:" + url, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        lines.forEach(line -> folded(line, file));
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends the line folded at 75 octets, never inside a UTF-8 character, each part ended by CRLF. */
    static void folded(String line, StringBuilder out) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
