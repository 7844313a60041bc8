package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** A client becomes a therapist: a DRAFT listing and the realm role, from the real Keycloak. */
@ExtendWith(WholeStack.class)
class OnboardingIT {

    @Test
    void aSignedInClientBecomesATherapistAndTheirNextTokenSaysSo() {
        String username = "onboarding-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = Keycloak.createUser(username);
        String clientToken = Keycloak.token(username);
        given().auth().oauth2(clientToken).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("client"))
                .body("roles", not(hasItem("therapist")));
        given().auth().oauth2(clientToken).when().get("/api/v1/directory/listings/me").then().statusCode(403);

        given().auth().oauth2(clientToken).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Nora Quinn, LMT", "timeZone", "America/Denver"))
                .when().post("/api/v1/directory/onboarding")
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("ownerSubject", equalTo(subject));

        String therapistToken = Keycloak.token(username);
        given().auth().oauth2(therapistToken).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", hasItem("therapist"));
        given().auth().oauth2(therapistToken).when().get("/api/v1/directory/listings/me")
                .then().statusCode(200).body("listing.displayName", equalTo("Nora Quinn, LMT"));

        given().auth().oauth2(therapistToken).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Nora Quinn, LMT", "timeZone", "America/Denver"))
                .when().post("/api/v1/directory/onboarding")
                .then().statusCode(200);
    }

    @Test
    void directoryServiceAccountMayGrantTherapistAndNothingElse() {
        String subject = Keycloak.createUser("escalation-" + UUID.randomUUID().toString().substring(0, 8));
        String adminRoleId = given().baseUri(WholeStack.keycloakUrl()).auth().oauth2(Keycloak.masterAdminToken())
                .when().get("/admin/realms/fascia/roles/admin")
                .then().statusCode(200).extract().path("id");

        given().baseUri(WholeStack.keycloakUrl()).auth().oauth2(Keycloak.directoryServiceAccountToken())
                .contentType(ContentType.JSON)
                .body(List.of(Map.of("id", adminRoleId, "name", "admin")))
                .when().post("/admin/realms/fascia/users/" + subject + "/role-mappings/realm")
                .then().statusCode(403);
        given().baseUri(WholeStack.keycloakUrl()).auth().oauth2(Keycloak.directoryServiceAccountToken())
                .when().get("/admin/realms/fascia/users")
                .then().statusCode(403);
    }
}
