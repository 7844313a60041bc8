package io.fascia.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import io.fascia.web.api.ApiProblem;

class AvailabilityFormTest {

    @Test
    void timesAreReadAsPeopleTypeThem() {
        assertThat(AvailabilityForm.time("09:00")).isEqualTo(LocalTime.of(9, 0));
        assertThat(AvailabilityForm.time("9")).isEqualTo(LocalTime.of(9, 0));
        assertThat(AvailabilityForm.time("0930")).isEqualTo(LocalTime.of(9, 30));
        assertThat(AvailabilityForm.time("17.30")).isEqualTo(LocalTime.of(17, 30));
        assertThat(AvailabilityForm.time("5:30 pm")).isEqualTo(LocalTime.of(17, 30));
        assertThat(AvailabilityForm.time("12am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(AvailabilityForm.time("12 PM")).isEqualTo(LocalTime.NOON);
        assertThat(AvailabilityForm.time("25:00")).isNull();
        assertThat(AvailabilityForm.time("13pm")).isNull();
        assertThat(AvailabilityForm.time("noon")).isNull();
    }

    @Test
    void rowsBecomeWeeklyWindowsAndDatesAndTheApisErrorsGoBackToTheirRows() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.addAll("MONDAY-start", "09:00", "");
        fields.addAll("MONDAY-end", "12:00", "");
        fields.addAll("WEDNESDAY-start", "9", "11");
        fields.addAll("WEDNESDAY-end", "12", "13");
        fields.addAll("date", "2026-12-24", "2026-12-31", "");
        fields.addAll("date-start", "", "10:00", "");
        fields.addAll("date-end", "", "14:00", "");
        fields.add("bufferMinutes", "15");
        fields.add("minimumNoticeHours", "12");
        fields.add("horizonDays", "60");
        fields.add("slotStepMinutes", "30");
        AvailabilityForm form = AvailabilityForm.posted(fields);
        var request = form.request().orElseThrow();
        assertThat(request.weekly()).hasSize(3);
        assertThat(request.weekly().get(1).day()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(request.overrides()).hasSize(2);
        assertThat(request.overrides().get(0).windows()).isEmpty();
        assertThat(request.overrides().get(1).windows()).hasSize(1);

        // Wednesday's two windows overlap: the API names weekly[2]; the form shows it on Wednesday.
        form.refusedWith(new ApiProblem(400, "The request is not valid", null,
                List.of(new ApiProblem.FieldError("weekly[2]", "overlaps another window that day"),
                        new ApiProblem.FieldError("overrides[1].windows[0].end", "must be after the start"),
                        new ApiProblem.FieldError("slotStepMinutes", "must be 15, 30 or 60")), null));
        assertThat(form.error("WEDNESDAY")).isEqualTo("Wednesday: overlaps another window that day");
        assertThat(form.dateError(1)).isEqualTo("This date: must be after the start");
        assertThat(form.error("slotStepMinutes")).isEqualTo("must be 15, 30 or 60");
    }

    @Test
    void aHalfFilledRowIsNamedAndNothingIsSent() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("FRIDAY-start", "09:00");
        fields.add("FRIDAY-end", "");
        fields.add("bufferMinutes", "ten");
        AvailabilityForm form = AvailabilityForm.posted(fields);
        assertThat(form.request()).isEmpty();
        assertThat(form.error("FRIDAY")).startsWith("Friday:");
        assertThat(form.error("bufferMinutes")).isEqualTo("must be a whole number");
    }
}
