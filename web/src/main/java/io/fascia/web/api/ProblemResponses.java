package io.fascia.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import io.fascia.web.common.IncomingRequest;

/** Every error answer of the API becomes an {@link ApiProblem}, with the problem's own words when it has them. */
class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    @Override
    public ApiProblem toThrowable(Response response) {
        ApiProblem.Body body = null;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().contains("json") && response.hasEntity()) {
            try {
                body = response.readEntity(ApiProblem.Body.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
        }
        int status = response.getStatus();
        String title = body != null && body.title() != null ? body.title() : response.getStatusInfo().getReasonPhrase();
        return new ApiProblem(status, title, body == null ? null : body.detail(), body == null ? null : body.errors(),
                response.getHeaderString(IncomingRequest.HEADER));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
