package io.fascia.platform.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A token issuer for one test run: an RSA key made at start, its public half given to Quarkus OIDC
 * as {@code quarkus.oidc.public-key}, and tokens signed with the private half. The private key
 * travels as a system property, which the test (loaded by another class loader) can read.
 */
public class TestIssuer implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://issuer.test/realms/fascia";
    private static final String SIGNING_KEY = "fascia.test.signing-key";

    @Override
    public Map<String, String> start() {
        KeyPair pair = newKeyPair();
        System.setProperty(SIGNING_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        return Map.of("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    @Override
    public void stop() {
        System.clearProperty(SIGNING_KEY);
    }

    /** A fresh access token (its own {@code jti}) for the subject, signed by this run's key. */
    static String token(String subject, String role, Instant expiresAt) {
        return sign(subject, role, expiresAt, signingKey());
    }

    /** The same kind of token signed by a key Quarkus was never told about. */
    static String tokenFromAnotherKey(String subject, String role, Instant expiresAt) {
        return sign(subject, role, expiresAt, newKeyPair().getPrivate());
    }

    private static String sign(String subject, String role, Instant expiresAt, PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("fascia-api");
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setClaim("scope", "openid profile");
        claims.setClaim("realm_access", Map.of("roles", List.of(role)));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(SIGNING_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
