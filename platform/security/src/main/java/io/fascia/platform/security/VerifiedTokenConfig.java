package io.fascia.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How bearer tokens that passed full verification are reused (see {@link ReusedTokens}). */
@ConfigMapping(prefix = "fascia.security.verified-tokens")
public interface VerifiedTokenConfig {

    /** Whether a token that passed full verification is trusted again, unchanged, until it expires. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many distinct tokens are kept at most (about 2 KB each). Past it, the least used are
     * verified in full again when they come back.
     */
    @WithDefault("10000")
    long maxSize();
}
