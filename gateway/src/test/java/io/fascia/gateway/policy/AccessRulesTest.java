package io.fascia.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private final AccessRules rules = AccessRules.parse(List.of(
            "GET /api/v1/directory/taxonomy/** anyone",
            "* /api/v1/directory/listings/me/** therapist",
            "GET /api/v1/directory/listings/* anyone",
            "GET,POST /api/v1/booking/bookings/*/cancel client",
            "GET /api/v1/me signed-in"));

    @Test
    void theFirstMatchingRuleDecides() {
        assertThat(rules.ruleFor("GET", "/api/v1/directory/listings/me").orElseThrow().access())
                .isEqualTo(new AccessRules.Roles(Set.of("therapist")));
        assertThat(rules.ruleFor("GET", "/api/v1/directory/listings/3f2a").orElseThrow().access())
                .isEqualTo(new AccessRules.Anyone());
    }

    @Test
    void aTrailingDoubleStarCoversThePrefixAndAnythingBelowIt() {
        assertThat(rules.ruleFor("GET", "/api/v1/directory/taxonomy")).isPresent();
        assertThat(rules.ruleFor("GET", "/api/v1/directory/taxonomy/conditions/neck-pain")).isPresent();
        assertThat(rules.ruleFor("PUT", "/api/v1/directory/listings/me/offerings/9")).isPresent();
    }

    @Test
    void aSingleStarIsExactlyOneSegmentAndMethodsMustMatch() {
        assertThat(rules.ruleFor("GET", "/api/v1/directory/listings/a/b")).isEmpty();
        assertThat(rules.ruleFor("POST", "/api/v1/booking/bookings/42/cancel")).isPresent();
        assertThat(rules.ruleFor("DELETE", "/api/v1/booking/bookings/42/cancel")).isEmpty();
        assertThat(rules.ruleFor("GET", "/api/v1/booking/bookings/cancel")).isEmpty();
    }

    @Test
    void whatNoRuleMentionsAndDotSegmentsAreDenied() {
        assertThat(rules.ruleFor("GET", "/api/v1/directory/admin/audit")).isEmpty();
        assertThat(rules.ruleFor("GET", "/api/v1/directory/taxonomy/../admin/audit")).isEmpty();
    }

    @Test
    void accessDependsOnSignInAndRoles() {
        assertThat(AccessRules.permits(new AccessRules.Anyone(), true, Set.of())).isTrue();
        assertThat(AccessRules.permits(new AccessRules.SignedIn(), true, Set.of())).isFalse();
        assertThat(AccessRules.permits(new AccessRules.SignedIn(), false, Set.of())).isTrue();
        assertThat(AccessRules.permits(new AccessRules.Roles(Set.of("admin")), false, Set.of("client"))).isFalse();
        assertThat(AccessRules.permits(new AccessRules.Roles(Set.of("client", "admin")), false, Set.of("client"))).isTrue();
    }

    @Test
    void aMalformedTableStopsTheGateway() {
        assertThatThrownBy(() -> AccessRules.parse(List.of("GET /a/**/b anyone"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessRules.parse(List.of("GET api anyone"))).isInstanceOf(IllegalArgumentException.class);
    }
}
