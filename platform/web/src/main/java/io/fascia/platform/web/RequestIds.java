package io.fascia.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Carries the gateway's {@code X-Request-Id} through a service: into the logging context (the log
 * format prints {@code %X{requestId}}), and back on the response. A request that did not come
 * through the gateway gets an id of its own, so every log line can still be tied to one request.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What an id looks like: the caller's if it matches, otherwise a UUID (which does too). */
    public static final String SHAPE = "^[A-Za-z0-9._:-]{1,128}$";
    private static final Pattern ACCEPTABLE = Pattern.compile(SHAPE);

    /** The caller's id if it is a sane token, otherwise a fresh one: ids end up in logs, so nothing else is trusted. */
    public static String accept(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    @ServerRequestFilter(preMatching = true)
    public void tag(ContainerRequestContext request) {
        String id = accept(request.getHeaderString(HEADER));
        request.getHeaders().putSingle(HEADER, id);
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
