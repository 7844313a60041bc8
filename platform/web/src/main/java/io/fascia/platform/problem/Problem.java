package io.fascia.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: the one error shape every Fascia service and the gateway return,
 * as {@code application/problem+json}.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong this time, written for the person calling the API
 * @param instance the request path the problem occurred on
 * @param errors   for validation problems, one entry per rejected field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    /** One rejected field: {@code field} is a JSON path into the request (or a parameter name). */
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
