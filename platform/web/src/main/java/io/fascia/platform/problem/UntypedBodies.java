package io.fascia.platform.problem;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body that does not say what it is is refused (415), never read as JSON on a guess: a client
 * that forgot its Content-Type learns it at once instead of from a confusing parse error.
 */
public class UntypedBodies {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Response refuseUntyped(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null
                || !hasBody(request)) {
            return null;
        }
        return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(
                "The request has a body but no Content-Type; send JSON with Content-Type: application/json.")
                .withInstance(request.getUriInfo().getPath()), null);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.equals("0");
    }
}
