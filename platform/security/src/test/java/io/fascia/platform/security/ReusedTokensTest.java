package io.fascia.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real Quarkus OIDC checking RS256 tokens against a key made for the run, with reuse in front. */
@QuarkusTest
@QuarkusTestResource(TestIssuer.class)
class ReusedTokensTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aTokenIsVerifiedInFullOnceAndItsIdentityServesEachLaterRequestAsItsOwn() {
        String token = TestIssuer.token("subject-1", "client", Instant.now().plusSeconds(300));
        double full = count("full");
        double reused = count("reused");

        for (int i = 1; i <= 3; i++) {
            given().auth().oauth2(token).header("X-Probe", "call-" + i)
                    .when().get("/who")
                    .then().statusCode(200)
                    .body(equalTo("subject-1 [client] request=call-" + i + " profile=true"));
        }

        assertThat(count("full") - full).isEqualTo(1);
        assertThat(count("reused") - reused).isEqualTo(2);
    }

    @Test
    void eachDistinctTokenIsVerifiedInFull() {
        double full = count("full");

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestIssuer.token("subject-2", "therapist", Instant.now().plusSeconds(300)))
                    .when().get("/who")
                    .then().statusCode(200)
                    .body(equalTo("subject-2 [therapist] request=null profile=true"));
        }

        assertThat(count("full") - full).isEqualTo(2);
    }

    @Test
    void aChangedOrForeignTokenIsRefusedAfterTheRealOneWasVerified() {
        String token = TestIssuer.token("subject-3", "client", Instant.now().plusSeconds(300));
        given().auth().oauth2(token).when().get("/who").then().statusCode(200);
        double reused = count("reused");

        given().auth().oauth2(withSignatureChanged(token)).when().get("/who").then().statusCode(401);
        given().auth().oauth2(TestIssuer.tokenFromAnotherKey("subject-3", "client", Instant.now().plusSeconds(300)))
                .when().get("/who").then().statusCode(401);

        assertThat(count("reused")).isEqualTo(reused);
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() {
        Instant expiry = Instant.now().plusSeconds(8);
        String token = TestIssuer.token("subject-4", "client", expiry);
        given().auth().oauth2(token).when().get("/who").then().statusCode(200);

        // The expiry is a fixed instant; wait for it to pass, not for a guessed duration.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

        given().auth().oauth2(token).when().get("/who").then().statusCode(401);
    }

    private double count(String work) {
        return registry.get("fascia.token.verifications").tag("work", work).counter().count();
    }

    /** The same header and claims, one character of the signature changed. */
    private static String withSignatureChanged(String token) {
        int last = token.length() - 2;
        char replacement = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replacement + token.charAt(last + 1);
    }
}
