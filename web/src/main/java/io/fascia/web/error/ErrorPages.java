package io.fascia.web.error;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.fascia.web.common.IncomingRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Error pages as people read them: what happened, what to do next, and the request id to quote. */
@ApplicationScoped
public class ErrorPages {

    @Inject
    IncomingRequest incoming;

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(ErrorView error);
    }

    /**
     * @param requestId shown on server errors, so a person can quote it
     */
    public record ErrorView(int status, String heading, String message, String requestId) {
    }

    public Response page(int status, String heading, String message, boolean showRequestId) {
        String id = showRequestId ? incoming.current() : null;
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(new ErrorView(status, heading, message, id)));
        if (status == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }

    public Response forbidden(String message) {
        return page(403, "You can't do that here", message, false);
    }

    public Response notFound() {
        return page(404, "We couldn't find that page",
                "The link may be old, or the page may belong to someone else's account.", false);
    }

    public Response signIn(String next) {
        return Response.seeOther(URI.create("/signin?next=" + java.net.URLEncoder.encode(next,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
