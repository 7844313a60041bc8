package io.fascia.platform.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemType;
import io.fascia.platform.problem.RoutingProblems;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The size limits of a request's address and headers, answered as problem+json (414, 431), and
 * addresses with control characters in their path (400).
 *
 * <p>Vert.x refuses an over-long request line or header block while parsing, before any handler of
 * ours runs, with a bare status and no body. So the parser's own ceilings are set well above these
 * limits ({@code META-INF/microprofile-config.properties}: 64 KiB each) and the limits themselves
 * are enforced here, as the first route, where the answer can say what went wrong. Only a request
 * beyond the parser's ceiling still gets Vert.x's bare answer.
 */
@ApplicationScoped
public class RequestLimits {

    /** Limits on what a request may carry before its body. */
    @ConfigMapping(prefix = "fascia.http.limits")
    public interface Config {
        /** Longest path and query, in characters (as sent, percent-encoded). */
        @WithDefault("4096")
        int uriLength();

        /** Largest header block: names and values, in characters. Browsers' session cookies live here. */
        @WithDefault("20480")
        int headerSize();
    }

    /** A control character in the path, sent raw or percent-encoded (%00-%1F, %7F). */
    private static final Pattern CONTROL_IN_PATH = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])|[\\x00-\\x1f\\x7f]");

    @Inject
    Config config;

    void register(@Observes Router router) {
        // Right after the gateway's request tagging (Integer.MIN_VALUE), before authentication.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > config.uriLength()) {
            refuse(ctx, new Problem(Problem.ABOUT_BLANK, "URI Too Long", 414,
                    "The address is longer than " + config.uriLength() + " characters; send long input in a request body.",
                    null, null));
        } else if (CONTROL_IN_PATH.matcher(ctx.request().path()).find()) {
            // Decoded into an id or a token, a NUL reaches the database, which refuses it (a 500).
            refuse(ctx, new Problem(ProblemType.MALFORMED_REQUEST.uri(), "The address is not valid", 400,
                    "The address contains a control character (such as %00); no Fascia address does.", null, null));
        } else if (headerSize(ctx.request().headers()) > config.headerSize()) {
            refuse(ctx, new Problem(Problem.ABOUT_BLANK, "Request Header Fields Too Large", 431,
                    "The request headers are larger than " + config.headerSize() + " characters; "
                            + "sign in again or clear this site's cookies.",
                    null, null));
        } else {
            ctx.next();
        }
    }

    private static void refuse(RoutingContext ctx, Problem problem) {
        // The instance is the path without its query, cut short: echoing a huge address back would repeat the problem.
        String path = ctx.request().path() == null ? "/" : ctx.request().path();
        RoutingProblems.send(ctx, problem.withInstance(path.length() > 256 ? path.substring(0, 256) : path));
    }

    static int headerSize(MultiMap headers) {
        int size = 0;
        for (var header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
