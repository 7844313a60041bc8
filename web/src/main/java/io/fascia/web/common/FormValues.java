package io.fascia.web.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reading the workspace's posted forms: fields as typed (never null), repeated fields as rows, and
 * numbers and dates that say in the field's own words when they cannot be read. Whether a value is
 * acceptable is the API's to decide; these only catch what cannot even be sent.
 */
public final class FormValues {

    public static final String WHOLE_NUMBER = "must be a whole number";

    private FormValues() {
    }

    /** A single field, stripped; empty when it was not sent. */
    public static String one(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** The chosen values of a set of checkboxes. */
    public static List<String> chosen(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().filter(v -> !v.isBlank()).toList());
    }

    /** Every value of a repeated field, blanks included, so the columns of a row stay aligned. */
    public static List<String> column(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    /** Row {@code i} of a column, stripped; empty past its end. */
    public static String at(List<String> column, int i) {
        return i < column.size() && column.get(i) != null ? column.get(i).strip() : "";
    }

    /** What a person typed into a field, without surrounding spaces; "" when the field was not sent. */
    public static String typed(String value) {
        return value == null ? "" : value.strip();
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static Integer whole(String field, String value, Map<String, String> errors) {
        return whole(field, value, errors, WHOLE_NUMBER);
    }

    /** A whole number, null when empty; otherwise {@code message} is the field's error. */
    public static Integer whole(String field, String value, Map<String, String> errors, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** A decimal number, null when empty; otherwise {@code message} is the field's error. */
    public static BigDecimal decimal(String field, String value, Map<String, String> errors, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** An ISO date as a date input sends it, null when empty. */
    public static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date such as 2027-06-30");
            return null;
        }
    }
}
