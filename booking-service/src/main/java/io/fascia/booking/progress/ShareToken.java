package io.fascia.booking.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a progress summary's link: 256 random bits, URL-safe base64 without padding (43
 * characters). Only its SHA-256 is stored, so the table alone opens no summary; a guess has a
 * 2^-256 chance per stored link.
 */
public record ShareToken(String value) {

    public static final int BYTES = 32;
    public static final int LENGTH = 43;
    public static final String PATTERN = "^[A-Za-z0-9_-]{43}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ShareToken random() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return new ShareToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in a link, if it has a token's shape; anything else opens nothing. */
    public static Optional<ShareToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new ShareToken(text)) : Optional.empty();
    }

    /** What is stored and looked up: the token's SHA-256. */
    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ShareToken[redacted]";
    }
}
