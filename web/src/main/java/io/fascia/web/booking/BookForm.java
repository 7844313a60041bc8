package io.fascia.web.booking;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Models;

/** The booking form: the chosen time, the intake (first booking with a therapist) and one idempotency key. */
public class BookForm {

    @RestForm
    public UUID offering;
    @RestForm
    public String start;
    /** Drawn once when the form is shown: a double click or a resent form books once. */
    @RestForm
    public String key;
    @RestForm("_csrf")
    public String csrf;
    @RestForm
    public boolean withIntake;
    @RestForm
    public String condition;
    @RestForm
    public List<String> bodyRegions;
    @RestForm
    public String painNow;
    @RestForm
    public String goals;
    @RestForm
    public String physicianReferral;
    @RestForm
    public String consent;

    static BookForm fresh(UUID offering, String start) {
        BookForm form = new BookForm();
        form.offering = offering;
        form.start = start;
        form.key = UUID.randomUUID().toString();
        return form;
    }

    OffsetDateTime startTime() {
        try {
            return start == null ? null : OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Integer pain() {
        try {
            return painNow == null || painNow.isBlank() ? null : Integer.valueOf(painNow.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    Models.Intake intake() {
        return new Models.Intake(blankToNull(condition), bodyRegions == null ? List.of() : bodyRegions, pain(),
                blankToNull(goals), physicianReferral == null ? null : "yes".equals(physicianReferral),
                "yes".equals(consent));
    }

    public boolean hasRegion(String code) {
        return bodyRegions != null && bodyRegions.contains(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
