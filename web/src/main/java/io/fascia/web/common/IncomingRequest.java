package io.fascia.web.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the gateway tells us about the request a page answers, carried onto the API calls the page
 * makes: the {@code X-Request-Id} (in the log lines and on the error page, so a person can quote
 * it) and the browser's address in {@code X-Forwarded-For} (so anonymous rate limits count the
 * browser, not the web app).
 */
@RequestScoped
public class IncomingRequest {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private String current;
    private String forwardedFor;

    public String current() {
        return current;
    }

    /** The browser's address as the gateway saw it, if the request came through the gateway. */
    public String forwardedFor() {
        return forwardedFor;
    }

    @ServerRequestFilter(preMatching = true)
    public void tag(ContainerRequestContext request) {
        String incoming = request.getHeaderString(HEADER);
        current = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        MDC.put("requestId", current);
        String forwarded = request.getHeaderString(FORWARDED_FOR);
        forwardedFor = forwarded != null && forwarded.length() <= 512 ? forwarded : null;
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (current != null) {
            response.getHeaders().putSingle(HEADER, current);
        }
        MDC.remove("requestId");
    }
}
