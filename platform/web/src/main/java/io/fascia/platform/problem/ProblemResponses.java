package io.fascia.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses with the right media type and headers. */
public final class ProblemResponses {

    /** Tells a client without a valid token how to authenticate (RFC 6750). */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"fascia\"";

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uri) {
        return builder(problem.instance() == null && uri != null ? problem.withInstance(uri.getPath()) : problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    public static Response unauthorized(String path) {
        return builder(unauthorizedProblem(path)).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    public static Problem unauthorizedProblem(String path) {
        return ProblemType.AUTHENTICATION_REQUIRED
                .problem("A valid bearer token is required: it is missing, expired or not one we issued.")
                .withInstance(path);
    }
}
