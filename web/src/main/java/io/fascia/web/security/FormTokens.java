package io.fascia.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.fascia.web.WebConfig;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The per-session token in every form (the third CSRF layer, after the SameSite=Strict cookie and
 * the origin check): an HMAC of the user and their Keycloak session, so it needs no storage, changes
 * with each sign-in and cannot be made by another site.
 */
@ApplicationScoped
public class FormTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final SecretKeySpec key;

    FormTokens(WebConfig config) {
        byte[] secret = config.csrfSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String tokenFor(SecurityIdentity identity) {
        String session = identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("sid") != null
                ? token.getClaim("sid").toString()
                : "";
        return sign(identity.getPrincipal().getName() + "|" + session);
    }

    /** Whether a token sent with a form belongs to this signed-in session. */
    public boolean matches(SecurityIdentity identity, String sent) {
        if (identity.isAnonymous() || sent == null || sent.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(identity).getBytes(StandardCharsets.US_ASCII),
                sent.strip().getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
