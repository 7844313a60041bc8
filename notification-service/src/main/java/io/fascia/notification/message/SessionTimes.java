package io.fascia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a time reads in a message: on the practice's clock with the zone's name spelled out (and its
 * IANA id, which calendars and people in other zones can look up), the way the booking page says
 * it, so the two never disagree.
 */
public final class SessionTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH);

    private SessionTimes() {
    }

    /** "Tuesday 1 December 2026 at 10:00 Pacific Standard Time (America/Los_Angeles)". */
    public static String spoken(Instant at, ZoneId zone) {
        return DAY_AND_TIME.format(at.atZone(zone)) + " " + zoneName(at, zone);
    }

    /** "Monday 1 March 2027": a date without a time, such as a credential's expiry. */
    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    /** "10:00 Pacific Standard Time (America/Los_Angeles)" for the end of a session that began that day. */
    public static String timeOfDay(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)) + " " + zoneName(at, zone);
    }

    /** The zone's name as it is at that instant (standard or daylight time), with its IANA id. */
    public static String zoneName(Instant at, ZoneId zone) {
        return ZONE_NAME.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The same instant where someone else is, or null when their zone keeps the practice's time then. */
    public static String elsewhere(Instant at, ZoneId practice, ZoneId theirs) {
        if (theirs == null || theirs.getRules().getOffset(at).equals(practice.getRules().getOffset(at))) {
            return null;
        }
        return spoken(at, theirs);
    }

    /** The last moment a cancellation is free: the booking's frozen window, in elapsed hours before it starts. */
    public static Instant freeCancellationUntil(Instant startsAt, int windowHours) {
        return startsAt.minus(Duration.ofHours(windowHours));
    }

    /** "one week", "four weeks", "10 days" for a check-in's ISO-8601 period after the session. */
    public static String after(String period) {
        long days;
        try {
            days = java.time.Period.parse(period).getDays();
        } catch (java.time.format.DateTimeParseException e) {
            return "some time";
        }
        if (days <= 0) {
            return "some time";
        }
        String[] words = { "one", "two", "three", "four", "five", "six" };
        if (days % 7 == 0 && days / 7 <= words.length) {
            long weeks = days / 7;
            return words[(int) weeks - 1] + (weeks == 1 ? " week" : " weeks");
        }
        return days == 1 ? "one day" : days + " days";
    }
}
