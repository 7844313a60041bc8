package io.fascia.web.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How codes and instants read on a page ({@code inject:labels}). Every time shown carries its
 * zone's name, and a slot's accessible name spells out weekday, date, time and zone.
 */
@ApplicationScoped
@Named("labels")
public class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", Locale.US);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mm a zzzz", Locale.US);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    private static final Map<String, String> BADGES = Map.of("LICENSED", "Licensed", "BOARD_CERTIFIED", "Board certified",
            "MEDICAL_MASSAGE", "Verified medical massage", "INSURED", "Insured");
    private static final Map<String, String> SETTINGS = Map.of("INDEPENDENT", "Independent practice", "CLINIC", "Clinic",
            "CHAIN_OR_SPA", "Chain or spa", "HOSPITAL_OR_REHAB", "Hospital or rehab", "MOBILE", "Mobile (comes to you)");
    private static final Map<String, String> KINDS = Map.of("INITIAL_ASSESSMENT", "Initial assessment", "FOLLOW_UP",
            "Follow-up", "OTHER", "Other session");
    private static final Map<String, String> STATUSES = Map.of("CONFIRMED", "Confirmed", "CANCELLED", "Cancelled",
            "LATE_CANCEL", "Cancelled late", "COMPLETED", "Completed", "NO_SHOW", "Missed (no-show)", "RESCHEDULED",
            "Rescheduled");

    /** Credential types in the order a therapist earns them, with their names. */
    public static final Map<String, String> CREDENTIAL_TYPES = ordered(Map.of("LICENSE", "Massage licence",
            "BOARD_CERTIFICATION", "Board certification", "MEDICAL_MASSAGE_CERTIFICATE", "Medical massage certificate",
            "TECHNIQUE_CERTIFICATE", "Technique certificate", "LIABILITY_INSURANCE", "Liability insurance"),
            "LICENSE", "BOARD_CERTIFICATION", "MEDICAL_MASSAGE_CERTIFICATE", "TECHNIQUE_CERTIFICATE", "LIABILITY_INSURANCE");

    /** Practice settings in the order a form offers them. */
    public Map<String, String> settings() {
        return ordered(SETTINGS, "INDEPENDENT", "CLINIC", "MOBILE", "HOSPITAL_OR_REHAB", "CHAIN_OR_SPA");
    }

    /** Offering kinds in the order a form offers them. */
    public Map<String, String> kinds() {
        return ordered(KINDS, "INITIAL_ASSESSMENT", "FOLLOW_UP", "OTHER");
    }

    private static Map<String, String> ordered(Map<String, String> labels, String... codes) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            map.put(code, labels.get(code));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public String badge(String code) {
        return BADGES.getOrDefault(code, code);
    }

    public String setting(String code) {
        return code == null ? "" : SETTINGS.getOrDefault(code, code);
    }

    public String kind(String code) {
        return code == null ? "" : KINDS.getOrDefault(code, code);
    }

    public String sessionType(String code) {
        return "RELAXATION".equals(code) ? "Relaxation" : "Medical";
    }

    public String status(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code);
    }

    public String price(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        String symbol = "USD".equals(currency) ? "$" : currency + " ";
        return symbol + amount.setScale(amount.stripTrailingZeros().scale() <= 0 ? 0 : 2, RoundingMode.HALF_UP).toPlainString();
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    public String points(Double change) {
        if (change == null) {
            return "–";
        }
        return String.format(Locale.US, "%+.1f", change);
    }

    /** How many points a pain change moved, for a meter on the 0-10 scale. */
    public double magnitude(Double change) {
        return change == null ? 0 : Math.min(10, Math.abs(change));
    }

    /** A mean pain level, such as "6.8". */
    public String pain(Double level) {
        return level == null ? "not yet known" : String.format(Locale.US, "%.1f", level);
    }

    public String km(Double km) {
        return km == null ? "" : String.format(Locale.US, "%.1f km", km);
    }

    public String time(OffsetDateTime at, String zone) {
        return TIME.format(at.atZoneSameInstant(ZoneId.of(zone)));
    }

    public String day(OffsetDateTime at, String zone) {
        return DAY.format(at.atZoneSameInstant(ZoneId.of(zone)));
    }

    public String when(OffsetDateTime at, String zone) {
        return SHORT.format(at.atZoneSameInstant(ZoneId.of(zone)));
    }

    /** For screen readers and the slot buttons' names: weekday, date, time and the zone in words. */
    public String spoken(OffsetDateTime at, String zone) {
        return SPOKEN.format(at.atZoneSameInstant(ZoneId.of(zone)));
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneId.of("UTC")));
    }

    /** The date of an instant where it happened, such as a session in its therapist's zone: "3 March 2027". */
    public String dateIn(Instant at, String zone) {
        return at == null ? "" : DATE.format(at.atZone(zone == null ? ZoneId.of("UTC") : ZoneId.of(zone)));
    }

    /** An instant of a log, in UTC and saying so: "28 Nov 2026, 11:41 UTC". */
    public String utc(Instant at) {
        return at == null ? "" : UTC.format(at.atZone(ZoneId.of("UTC")));
    }

    /** The first block of an id, enough to tell records apart on a page: "3f2a8c4e". */
    public String shortId(java.util.UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    /** How long ago something happened, roughly: "3 days", "5 hours", "12 minutes". */
    public String waited(Instant since) {
        if (since == null) {
            return "";
        }
        java.time.Duration waited = java.time.Duration.between(since, Instant.now());
        if (waited.toDays() >= 1) {
            return waited.toDays() + (waited.toDays() == 1 ? " day" : " days");
        }
        if (waited.toHours() >= 1) {
            return waited.toHours() + (waited.toHours() == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(0, waited.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public String localDate(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date of the practice's calendar: "Monday 30 November". */
    public String localDay(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** What a pain score of a client's course was: before or after a session, or a check-in some time after. */
    public String painMeasure(String measure, String dueAfter) {
        return switch (measure == null ? "" : measure) {
            case "BEFORE_SESSION" -> "Before the session";
            case "AFTER_SESSION" -> "Right after the session";
            case "CHECK_IN" -> "P7D".equals(dueAfter) ? "Check-in one week after" : "P28D".equals(dueAfter)
                    ? "Check-in four weeks after" : "Check-in";
            default -> measure;
        };
    }
}
