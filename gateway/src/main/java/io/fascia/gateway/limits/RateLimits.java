package io.fascia.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets per caller and kind of request. A bucket holds {@code limit} requests and refills
 * at {@code limit} per {@code window}, so a caller may burst up to the limit and then keeps to the
 * rate. In memory: with several gateway replicas each enforces its {@link #shareOf share} of the
 * limit, so that together they keep it (see the README). Idle buckets are dropped so the map stays
 * small.
 */
public final class RateLimits {

    /**
     * Whether the request may go on, and if not, in how many whole seconds the next one may;
     * {@code remaining} requests may follow at once, and the bucket is full again in
     * {@code fullInSeconds} (what the {@code RateLimit} header tells the caller).
     */
    public record Decision(boolean allowed, long retryAfterSeconds, int remaining, long fullInSeconds) {
    }

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Duration window;

    public RateLimits(Duration window) {
        this.window = window;
    }

    /**
     * What one of {@code replicas} gateway replicas enforces of a limit they share: the load
     * balancer spreads each caller's requests across them, so each keeps {@code limit / replicas},
     * rounded up (never less than one request).
     */
    public static int shareOf(int limit, int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("fascia.gateway.rate-limit.replicas must be at least 1, not " + replicas);
        }
        return Math.max(1, (limit + replicas - 1) / replicas);
    }

    public Decision take(String key, int limit, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit, nowNanos));
        Decision decision = bucket.take(limit, window.toNanos(), nowNanos);
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> e.getValue().idleSince(nowNanos) > window.toNanos());
        }
        return decision;
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int limit, long now) {
            this.tokens = limit;
            this.updated = now;
        }

        synchronized Decision take(int limit, long windowNanos, long now) {
            double perNano = (double) limit / windowNanos;
            tokens = Math.min(limit, tokens + (now - updated) * perNano);
            updated = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long fullIn = (long) Math.ceil((limit - tokens) / perNano / 1e9);
            if (allowed) {
                return new Decision(true, 0, (int) Math.floor(tokens), fullIn);
            }
            long wait = (long) Math.ceil((1 - tokens) / perNano / 1e9);
            return new Decision(false, Math.max(1, wait), 0, fullIn);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
