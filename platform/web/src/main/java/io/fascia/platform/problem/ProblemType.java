package io.fascia.platform.problem;

import java.net.URI;

/**
 * The kinds of problem with a meaning beyond their HTTP status. Clients may switch on the type;
 * titles never change for a type.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request is not valid", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    AUTHENTICATION_REQUIRED("authentication-required", "Authentication required", 401),
    ACCESS_DENIED("access-denied", "Access denied", 403),
    NOT_FOUND("not-found", "Not found", 404),
    CONFLICT("conflict", "Conflict with the current state", 409),
    GONE("gone", "No longer available", 410),
    PAYLOAD_TOO_LARGE("payload-too-large", "The upload is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "This kind of file is not accepted", 415),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", 422),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503);

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create("urn:fascia:problem:" + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null, null);
    }
}
