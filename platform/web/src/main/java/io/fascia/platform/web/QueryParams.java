package io.fascia.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;

/**
 * Parses query parameters taken as strings, so that a malformed one is a 400 naming the parameter
 * (JAX-RS would answer a failed conversion with a bare 404). Collects every error, then
 * {@link #check()} throws them together.
 */
public final class QueryParams {

    /** The last page a list may be asked for, the longest page and the usual one. */
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    /** A number such as {@code 25} or {@code 12.5}, from {@code min} to {@code max}. */
    public double decimal(String name, String value, double fallback, double min, double max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a number from " + plain(min) + " to " + plain(max)));
        return fallback;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date such as 2026-03-08"));
            return fallback;
        }
    }

    /** An instant such as {@code 2026-03-08T09:00:00Z}, or a date meaning its start in UTC. */
    public Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be an instant such as 2026-03-08T09:00:00Z or a date"));
            return null;
        }
    }

    public UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be an id such as 3f2a8c4e-0000-4000-8000-000000000000"));
            return null;
        }
    }

    /** What {@link #text} accepts, as the OpenAPI document states it: no control characters. */
    public static final String TEXT_PATTERN = "^[^\\u0000-\\u001f\\u007f]*$";

    /** Free text up to {@code max} characters, without control characters (PostgreSQL refuses NUL). */
    public String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            errors.add(new Problem.FieldError(name, "must be at most " + max + " characters of text, without control characters"));
            return null;
        }
        return value.strip();
    }

    public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            errors.add(new Problem.FieldError(name, "must be one of " + String.join(", ", allowed)));
            return fallback;
        }
    }

    /** Which page of a list, and how long a page is. */
    public record PageRequest(int page, int size) {
    }

    /** {@code page} from 0 (default 0) and {@code size} from 1 to 100 (default 20). */
    public PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 0, 0, MAX_PAGE), integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** Adds an error found by the caller, such as a range whose end is before its start. */
    public void reject(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
