package io.fascia.web;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** What is tunable about the web app. */
@ConfigMapping(prefix = "fascia.web")
public interface WebConfig {

    /**
     * The one origin browsers use (the gateway's), such as {@code http://localhost:8080}: canonical
     * URLs are built on it and unsafe requests from any other origin are refused.
     */
    String origin();

    /**
     * The key that signs each session's form token. Several replicas must share one; when it is not
     * set, a key is drawn at start (fine for one process: forms of older processes then expire).
     */
    Optional<String> csrfSecret();

    /**
     * The Content-Security-Policy of every answer that does not set its own (a credential document
     * sets a stricter one that lets our own page frame it).
     */
    String contentSecurityPolicy();
}
