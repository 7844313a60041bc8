package io.fascia.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the API answered, as the pages need it: the status, what a person can read,
 * and the field errors keyed by field so a form can show each next to its input.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final List<FieldError> errors;
    private final String requestId;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors, String requestId) {
        super(status + " " + title + (detail == null ? "" : ": " + detail), null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.requestId = requestId;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors == null ? List.<FieldError> of() : errors) {
            // Nested names such as "intake.painNow" are shown by their last part, the form's field.
            String field = error.field() == null ? "" : error.field().substring(error.field().lastIndexOf('.') + 1);
            byField.merge(field, error.message(), (a, b) -> a + "; " + b);
        }
        this.fieldErrors = Map.copyOf(byField);
    }

    public record FieldError(String field, String message) {
    }

    /** The problem body as every Fascia service writes it. */
    public record Body(String type, String title, Integer status, String detail, String instance, List<FieldError> errors) {
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What to tell the person: the detail when there is one, else the title. */
    public String message() {
        return detail != null && !detail.isBlank() ? detail : title;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The field errors with their full paths, such as {@code weekly[2].end}, for forms with repeated rows. */
    public List<FieldError> errors() {
        return errors;
    }

    public String requestId() {
        return requestId;
    }

    /**
     * The service refused what the person asked (400 invalid, 409 conflict, 422 unprocessable):
     * the page answers it next to the form, with what they typed. Everything else (sign-in,
     * forbidden, not found, limits, outages) is the error pages' ({@code error/ErrorMappers}).
     */
    public boolean refusesTheRequest() {
        return status == 400 || status == 409 || status == 422;
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
