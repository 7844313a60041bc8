package io.fascia.web.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.ApiUnavailable;
import io.fascia.web.security.FormCheck;
import io.quarkus.security.ForbiddenException;

/**
 * What a page shows when something goes wrong. API problems a page did not handle itself (it
 * handles field errors next to its fields) end here: 401 signs in and comes back, 403 and 404 get
 * their pages, outages a 503 with Retry-After, anything unexpected a 500 with the request id.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return switch (problem.status()) {
            case 401 -> pages.signIn(uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
            case 403 -> pages.forbidden(problem.message());
            case 404 -> pages.notFound();
            case 429 -> pages.page(429, "Too many requests", "Please wait a minute and try again.", false);
            case 503, 504 -> pages.page(503, "Fascia is busy right now",
                    "Part of Fascia is not answering. Nothing was changed; please try again in a moment.", true);
            default -> {
                if (problem.isClientError()) {
                    yield pages.page(problem.status(), "We couldn't do that", problem.message(), false);
                }
                LOG.errorf("The API answered %s", problem.getMessage());
                yield pages.page(500, "Something went wrong on our side",
                        "Nothing you did caused this. Please try again; if it keeps happening, quote the request id below.",
                        true);
            }
        };
    }

    @ServerExceptionMapper
    public Response unavailable(ApiUnavailable e) {
        LOG.warn(e.getMessage(), e.getCause());
        return pages.page(503, "Fascia is busy right now",
                "We could not reach our booking system. Nothing was changed; please try again in a moment.", true);
    }

    @ServerExceptionMapper
    public Response staleForm(FormCheck.StaleForm e) {
        return pages.forbidden("This form has expired or was not sent from your Fascia session. "
                + "Go back, reload the page and send it again.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return pages.forbidden("This part of Fascia is for another kind of account.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return pages.notFound();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return pages.page(405, "That doesn't work here", "This address does not take that kind of request.", false);
    }

    /** Redirects and other answers a resource chose keep their meaning; only errors get a page. */
    @ServerExceptionMapper
    public Response webApplication(jakarta.ws.rs.WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return pages.notFound();
        }
        if (status >= 500) {
            LOG.error("A page failed", e);
            return pages.page(500, "Something went wrong on our side",
                    "Nothing you did caused this. Please try again; if it keeps happening, quote the request id below.", true);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("A page failed", e);
        return pages.page(500, "Something went wrong on our side",
                "Nothing you did caused this. Please try again; if it keeps happening, quote the request id below.", true);
    }
}
