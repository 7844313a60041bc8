package io.fascia.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's route table and upstream limits: everything tunable about forwarding. */
@ConfigMapping(prefix = "fascia.gateway")
public interface GatewayConfig {

    /** Routes by service name; each owns one path prefix under /api/v1. */
    Map<String, Route> routes();

    /**
     * The web app, which serves every path that is not {@code /api/...} or {@code /q/...}: pages
     * protect themselves (they call the API with the user's token, so the access table still rules).
     */
    Optional<URI> webApp();

    /**
     * Addresses of proxies in front of the gateway or beside it (the web app) whose
     * {@code X-Forwarded-For} is believed: anonymous rate limits then count the browser's address,
     * not the web app's. Anyone else's X-Forwarded-For is ignored.
     */
    @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1")
    List<String> trustedProxies();

    /** Who may call what, one rule per entry: see policy/AccessRules. */
    List<String> access();

    /** The largest request body forwarded, except to upload paths. */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Path prefixes that take file uploads (credential documents), and their larger limit. */
    List<String> uploadPaths();

    @WithDefault("11M")
    MemorySize maxUploadSize();

    /** Requests per caller and window; writes are everything but GET, HEAD and OPTIONS. */
    RateLimit rateLimit();

    interface RateLimit {
        /** The window the limits below are counted over; buckets refill evenly across it. */
        @WithDefault("1m")
        Duration window();

        /** Signed-in callers, per token subject. */
        @WithDefault("600")
        int subjectReads();

        @WithDefault("120")
        int subjectWrites();

        /** Anonymous callers, per client address. */
        @WithDefault("300")
        int addressReads();

        @WithDefault("30")
        int addressWrites();

        /**
         * How many gateway replicas share these limits. Buckets live in each replica's memory and
         * the load balancer spreads a caller's requests across the replicas, so each keeps its
         * share, {@code limit / replicas} rounded up, and together they keep the configured limit.
         * Set it to the Deployment's replica count (deploy/kubernetes does, and its check fails if
         * the two differ).
         */
        @WithDefault("1")
        int replicas();
    }

    /** How long an upstream may take to answer before the caller gets a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long to wait for a connection to an upstream before the caller gets a 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    interface Route {
        /** Path prefix, such as {@code /api/v1/directory}; the path is forwarded unchanged. */
        String prefix();

        /** Base URL of the service, such as {@code http://localhost:8081}. */
        URI upstream();
    }
}
