package io.fascia.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.fascia.platform.json.StrictJson;
import io.fascia.platform.outage.OutageCounter;
import io.fascia.platform.outage.Outages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Nothing leaves a
 * service as an HTML page or a stack trace, and an unexpected failure is logged here once.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** How long a client should wait before trying again after a passing outage. */
    static final String RETRY_AFTER_SECONDS = "5";
    static final String UNAVAILABLE_DETAIL = "The service cannot reach what it needs right now; nothing was changed. "
            + "Please try again shortly.";

    @jakarta.inject.Inject
    OutageCounter outages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e)) {
            // The service built an invalid response: a bug on our side, not the caller's.
            LOG.errorf(e, "Response validation failed on %s", uri.getPath());
            return ProblemResponses.of(ProblemType.INTERNAL_ERROR.problem("The service produced an invalid response."), uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return ProblemResponses.of(new Problem(type.uri(), type.title(), type.status(), detail, null, errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            String message = StrictJson.CONTROL_CHARACTERS.equals(m.getOriginalMessage()) ? StrictJson.CONTROL_CHARACTERS
                    : "has a value of the wrong type or format";
            return ProblemResponses.of(new Problem(type.uri(), type.title(), type.status(),
                    field + " " + message, null, List.of(new Problem.FieldError(field, message))), uri);
        }
        String location = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(type.problem("The request body is not valid JSON" + location + whyNotJson(e) + "."), uri);
    }

    /** More specific than Quarkus's own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.unauthorized(uri.getPath());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.unauthorized(uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.ACCESS_DENIED.problem("You are not allowed to do this."), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps a body it could not parse.
            return unreadableJson(unreadable, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed", uri.getPath());
        }
        String detail = e.getMessage();
        // The framework's own words for these name its annotations ("did not match the value in
        // @Produces"); ours say what the caller can do.
        if (detail == null || detail.startsWith("HTTP " + status) || status == 405 || status == 406 || status == 415) {
            detail = defaultDetail(status);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder response = ProblemResponses.builder(
                new Problem(Problem.ABOUT_BLANK, title, status, detail, uri.getPath(), null));
        // Keep headers that tell the client what to do next (Allow on 405, Retry-After on 429/503).
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE)) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Outages.isPassing(e)) {
            // The database (or another dependency) is down or busy: not a bug, and the client should come back.
            outages.answered(e);
            LOG.warnf("Unavailable on %s: %s", uri.getPath(), Outages.rootCause(e));
            return ProblemResponses.builder(ProblemType.UNAVAILABLE.problem(UNAVAILABLE_DETAIL).withInstance(uri.getPath()))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR.problem(
                "Something went wrong on our side; nothing was changed. Please try again."), uri);
    }

    /** What strict reading refused, in our words (Jackson's would name our classes). */
    private static String whyNotJson(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return ": " + original.lines().findFirst().orElse(original) + " appears more than once";
        }
        if (original.startsWith("Trailing token")) {
            return ": there is more after the JSON value";
        }
        return "";
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "None of the media types in Accept can be produced here; ask for application/json.";
            case 415 -> "This media type is not supported here.";
            default -> "The request failed with status " + status + ".";
        };
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The field a violation is about, as the caller named it: no Java method or parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean bodyParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.add(node.getName());
                bodyParameter = true;
                continue;
            }
            String name = node.getName();
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // "regions[1]", not "regions.<list element>[1]"
                String position = node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                if (!names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + position);
                }
                continue;
            }
            if (node.getIndex() != null) {
                name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = (name == null ? "" : name) + "[" + node.getKey() + "]";
            }
            if (name != null) {
                names.add(name);
            }
        }
        // A body parameter's own name means nothing to the caller; its properties do.
        if (bodyParameter && names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? "request" : String.join(".", names).replace(".[", "[");
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }
}
