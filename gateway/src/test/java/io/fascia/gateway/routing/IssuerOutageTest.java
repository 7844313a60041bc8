package io.fascia.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.fascia.platform.outage.Outages;
import io.quarkus.oidc.OIDCException;

/** Keycloak unreachable since the gateway started is an outage (503), not our bug (500). */
class IssuerOutageTest {

    @Test
    void anIssuerThatIsNotAvailableIsAPassingOutage() {
        assertThat(Outages.isPassing(new OIDCException("OIDC Server is not available",
                new RuntimeException("OIDC Server is not available")))).isTrue();
    }

    @Test
    void aMisconfiguredTenantIsNot() {
        assertThat(Outages.isPassing(new OIDCException("Tenant configuration is missing"))).isFalse();
    }
}
