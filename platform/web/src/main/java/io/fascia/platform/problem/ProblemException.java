package io.fascia.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by domain code to answer with a specific problem; the exception mappers turn it into
 * an {@code application/problem+json} response. Throwing it rolls back the transaction, so
 * nothing is partly written.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public Problem problem() {
        return problem;
    }

    /** A 400 naming each rejected field, like a bean-validation failure. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, List.copyOf(errors)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** 410: what was here has ended for good (an expired or revoked link), unlike a 404's "never was". */
    public static ProblemException gone(String detail) {
        return new ProblemException(ProblemType.GONE, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.ACCESS_DENIED, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }
}
