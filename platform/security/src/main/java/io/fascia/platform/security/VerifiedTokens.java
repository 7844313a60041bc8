package io.fascia.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Bearer tokens that passed full verification (signature, issuer, audience, lifetime), each kept
 * with what it proved until the token expires, so the same token is not verified again.
 *
 * <p>A token is kept under the SHA-256 of its whole text: header (and so its signing key's id),
 * claims and signature. Any other token, a forged or changed one included, has another key and is
 * verified in full. A token's entry is never answered at or after its {@code exp}. The cache is
 * bounded: past {@code maxSize} distinct tokens, the least used go first.
 *
 * @param <T> what a verification proved (the caller's identity)
 */
public final class VerifiedTokens<T> {

    private record Verified<T>(T proof, Instant expiresAt) {
    }

    private final Clock clock;
    private final Cache<ByteBuffer, Verified<T>> cache;

    public VerifiedTokens(long maxSize, Clock clock) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new UntilTheTokenExpires<T>(clock))
                // Evictions happen on the caller's thread: no pool thread for a cache this small.
                .executor(Runnable::run)
                .build();
    }

    /** What verifying this exact token proved, while it has not expired. */
    public Optional<T> find(String token) {
        ByteBuffer key = keyOf(token);
        Verified<T> verified = cache.getIfPresent(key);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.expiresAt())) {
            cache.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(verified.proof());
    }

    /**
     * Keeps what a full verification of this token proved, until {@code expiresAt} (the token's
     * {@code exp}). Returns false, keeping nothing, for a token that has already expired.
     */
    public boolean remember(String token, T proof, Instant expiresAt) {
        if (!clock.instant().isBefore(expiresAt)) {
            return false;
        }
        cache.put(keyOf(token), new Verified<>(proof, expiresAt));
        return true;
    }

    /** How many tokens are kept now. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static ByteBuffer keyOf(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Entries leave memory when their token expires, by the same clock that answers {@link #find}. */
    private record UntilTheTokenExpires<T>(Clock clock) implements Expiry<ByteBuffer, Verified<T>> {

        @Override
        public long expireAfterCreate(ByteBuffer key, Verified<T> value, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), value.expiresAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(ByteBuffer key, Verified<T> value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(ByteBuffer key, Verified<T> value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
