package io.fascia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.fascia.web.WebConfig;
import io.vertx.ext.web.Router;

/**
 * Every answer carries the site's CSP ({@code fascia.web.content-security-policy}: our own origin
 * only, never framed) unless it set its own, as a credential document does. A configured
 * {@code quarkus.http.header} cannot do this: it would add a second policy beside the answer's,
 * and browsers enforce both.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @Inject
    WebConfig config;

    void apply(@Observes Router router) {
        String policy = config.contentSecurityPolicy();
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                if (!context.response().headers().contains(HEADER)) {
                    context.response().headers().set(HEADER, policy);
                }
            });
            context.next();
        });
    }
}
