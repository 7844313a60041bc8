package io.fascia.booking.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an Idempotency-Key is checked against: the SHA-256 of a request's canonical JSON (instants
 * in UTC, so the same moment written with another offset is the same request).
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(ObjectMapper json, Object canonicalRequest) {
        try {
            byte[] canonical = json.writeValueAsString(canonicalRequest).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint " + canonicalRequest.getClass().getSimpleName(), e);
        }
    }
}
