package io.fascia.web.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;

/**
 * The availability editor's form: each weekday with its windows (one empty row to add another),
 * dates with their own hours or off, and the booking rules. Kept as typed; the API's errors, which
 * name rows by index ({@code weekly[3].end}), are put back on the row they came from.
 */
public final class AvailabilityForm {

    private static final Pattern INDEXED = Pattern.compile("^(weekly|overrides)\\[(\\d+)]");

    /** One row: a start and an end as typed. */
    public record Row(String start, String end) {

        boolean blank() {
            return start.isBlank() && end.isBlank();
        }
    }

    /** A weekday with its rows. */
    public record Day(DayOfWeek day, String name, List<Row> rows) {
    }

    /** A date's row: its own window, or off when start and end are empty. */
    public record DateRow(String date, String start, String end) {

        boolean blank() {
            return date.isBlank() && start.isBlank() && end.isBlank();
        }
    }

    public final List<Day> days = new ArrayList<>();
    public final List<DateRow> dates = new ArrayList<>();
    public String bufferMinutes = "15";
    public String minimumNoticeHours = "12";
    public String horizonDays = "60";
    public String slotStepMinutes = "30";
    /** Errors by the form's own names: a weekday ({@code MONDAY}), {@code date-2}, or a rule's field. */
    public final Map<String, String> errors = new LinkedHashMap<>();

    /** Which form place each API index stands for, filled by {@link #request()}. */
    private final List<String> weeklyPlaces = new ArrayList<>();
    private final List<String> overridePlaces = new ArrayList<>();

    public static AvailabilityForm of(Models.Availability saved) {
        AvailabilityForm form = new AvailabilityForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Row> rows = new ArrayList<>();
            if (saved != null) {
                saved.weekly().stream().filter(w -> w.day() == day)
                        .forEach(w -> rows.add(new Row(w.start().toString(), w.end().toString())));
            }
            rows.add(new Row("", ""));
            form.days.add(new Day(day, name(day), rows));
        }
        if (saved != null) {
            for (Models.DateHours hours : saved.overrides() == null ? List.<Models.DateHours> of() : saved.overrides()) {
                if (hours.windows() == null || hours.windows().isEmpty()) {
                    form.dates.add(new DateRow(hours.date().toString(), "", ""));
                }
                for (Models.Window w : hours.windows() == null ? List.<Models.Window> of() : hours.windows()) {
                    form.dates.add(new DateRow(hours.date().toString(), w.start().toString(), w.end().toString()));
                }
            }
            form.bufferMinutes = String.valueOf(saved.bufferMinutes());
            form.minimumNoticeHours = String.valueOf(saved.minimumNoticeHours());
            form.horizonDays = String.valueOf(saved.horizonDays());
            form.slotStepMinutes = saved.slotStepMinutes() == null ? "" : String.valueOf(saved.slotStepMinutes());
        }
        form.dates.add(new DateRow("", "", ""));
        form.dates.add(new DateRow("", "", ""));
        return form;
    }

    public static AvailabilityForm posted(MultivaluedMap<String, String> fields) {
        AvailabilityForm form = new AvailabilityForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> starts = FormValues.column(fields, day + "-start");
            List<String> ends = FormValues.column(fields, day + "-end");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < Math.max(starts.size(), ends.size()); i++) {
                Row row = new Row(FormValues.at(starts, i), FormValues.at(ends, i));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            rows.add(new Row("", ""));
            form.days.add(new Day(day, name(day), rows));
        }
        List<String> dates = FormValues.column(fields, "date");
        List<String> starts = FormValues.column(fields, "date-start");
        List<String> ends = FormValues.column(fields, "date-end");
        for (int i = 0; i < dates.size(); i++) {
            DateRow row = new DateRow(FormValues.at(dates, i), FormValues.at(starts, i), FormValues.at(ends, i));
            if (!row.blank()) {
                form.dates.add(row);
            }
        }
        form.dates.add(new DateRow("", "", ""));
        form.bufferMinutes = FormValues.one(fields, "bufferMinutes");
        form.minimumNoticeHours = FormValues.one(fields, "minimumNoticeHours");
        form.horizonDays = FormValues.one(fields, "horizonDays");
        form.slotStepMinutes = FormValues.one(fields, "slotStepMinutes");
        return form;
    }

    /** What to send, or empty with {@link #errors} when a row cannot be read at all. */
    public Optional<Models.Availability> request() {
        errors.clear();
        weeklyPlaces.clear();
        overridePlaces.clear();
        List<Models.WeeklyWindow> weekly = new ArrayList<>();
        for (Day day : days) {
            for (Row row : day.rows()) {
                if (row.blank()) {
                    continue;
                }
                LocalTime start = time(row.start());
                LocalTime end = time(row.end());
                if (start == null || end == null) {
                    errors.putIfAbsent(day.day().name(), day.name() + ": give each window a start and an end as times, such as 09:00 to 17:00");
                    continue;
                }
                weekly.add(new Models.WeeklyWindow(day.day(), start, end));
                weeklyPlaces.add(day.day().name());
            }
        }
        Map<LocalDate, List<Models.Window>> byDate = new LinkedHashMap<>();
        Map<LocalDate, String> placeOfDate = new LinkedHashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            DateRow row = dates.get(i);
            if (row.blank()) {
                continue;
            }
            String place = "date-" + i;
            LocalDate date;
            try {
                date = LocalDate.parse(row.date());
            } catch (DateTimeParseException e) {
                errors.put(place, "Choose the date, such as 2026-12-24");
                continue;
            }
            List<Models.Window> windows = byDate.computeIfAbsent(date, d -> new ArrayList<>());
            placeOfDate.putIfAbsent(date, place);
            if (row.start().isBlank() && row.end().isBlank()) {
                continue;
            }
            LocalTime start = time(row.start());
            LocalTime end = time(row.end());
            if (start == null || end == null) {
                errors.put(place, "Give the date's hours a start and an end as times, such as 10:00 to 14:00, or leave both empty for a day off");
                continue;
            }
            windows.add(new Models.Window(start, end));
        }
        List<Models.DateHours> overrides = new ArrayList<>();
        byDate.forEach((date, windows) -> {
            overrides.add(new Models.DateHours(date, windows));
            overridePlaces.add(placeOfDate.get(date));
        });
        Integer buffer = FormValues.whole("bufferMinutes", bufferMinutes, errors);
        Integer notice = FormValues.whole("minimumNoticeHours", minimumNoticeHours, errors);
        Integer horizon = FormValues.whole("horizonDays", horizonDays, errors);
        Integer step = FormValues.whole("slotStepMinutes", slotStepMinutes, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Models.Availability(weekly, overrides, buffer, notice, horizon, step));
    }

    /** Puts each of the API's field errors on the row or field of the form it is about. */
    public void refusedWith(ApiProblem problem) {
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.find()) {
                int index = Integer.parseInt(indexed.group(2));
                List<String> places = "weekly".equals(indexed.group(1)) ? weeklyPlaces : overridePlaces;
                String place = index < places.size() ? places.get(index) : indexed.group(1);
                String what = place.startsWith("date-") ? "This date" : name(DayOfWeek.valueOf(place));
                errors.merge(place, what + ": " + error.message(), (a, b) -> a + "; " + b);
            } else {
                errors.merge(field, error.message(), (a, b) -> a + "; " + b);
            }
        }
    }

    public String dateError(int row) {
        return errors.get("date-" + row);
    }

    public String error(String place) {
        return errors.get(place);
    }

    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*([ap]\\.?m\\.?)?$");

    /** A time as people type it: 09:00, 9:00, 0900, 9, 17.30, 9am, 5:30 pm. */
    static LocalTime time(String value) {
        Matcher m = CLOCK.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (m.group(3).startsWith("p") ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }
}
