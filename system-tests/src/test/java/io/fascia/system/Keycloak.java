package io.fascia.system;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Real tokens from the running Keycloak, as a script or the web app would get them. */
public final class Keycloak {

    private Keycloak() {
    }

    /** An access token for a demo user through the password grant on the fascia-cli client. */
    public static String token(String username) {
        return token("fascia-cli", username);
    }

    static String token(String clientId, String username) {
        return given().baseUri(WholeStack.keycloakUrl())
                .formParams(Map.of("grant_type", "password", "client_id", clientId,
                        "username", username, "password", username))
                .when().post("/realms/fascia/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The {@code sub} claim of a token: the id services key ownership on. */
    static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    /**
     * Lets the web app's client (fascia-web) redirect to a gateway on another port than the local
     * realm's 8080, as a test stack on free ports needs (local realm only, through the admin API).
     */
    static void allowWebAppAt(String keycloakUrl, String gatewayUrl) {
        String admin = given().baseUri(keycloakUrl)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Map<String, Object> client = given().baseUri(keycloakUrl).auth().oauth2(admin)
                .queryParam("clientId", "fascia-web")
                .when().get("/admin/realms/fascia/clients")
                .then().statusCode(200).extract().<List<Map<String, Object>>> path("").get(0);
        @SuppressWarnings("unchecked")
        List<String> uris = new java.util.ArrayList<>((List<String>) client.get("redirectUris"));
        if (!uris.contains(gatewayUrl + "/*")) {
            uris.add(gatewayUrl + "/*");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new java.util.HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("post.logout.redirect.uris", String.join("##", uris));
        Map<String, Object> update = new java.util.HashMap<>(client);
        update.put("redirectUris", uris);
        update.put("attributes", attributes);
        given().baseUri(keycloakUrl).auth().oauth2(admin).contentType(ContentType.JSON).body(update)
                .when().put("/admin/realms/fascia/clients/" + client.get("id"))
                .then().statusCode(204);
    }

    /** A token of the master realm's bootstrap admin (local stack only). */
    static String masterAdminToken() {
        return given().baseUri(WholeStack.keycloakUrl())
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * A new user with a complete profile, as self-registration would create them (the realm's
     * default roles make them a client); their password equals their username.
     */
    public static String createUser(String username) {
        String location = given().baseUri(WholeStack.keycloakUrl())
                .auth().oauth2(masterAdminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@fascia.example", "firstName", "New", "lastName", "User",
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .when().post("/admin/realms/fascia/users")
                .then().statusCode(201)
                .extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A token of directory-service's own service account (client credentials, local secret). */
    static String directoryServiceAccountToken() {
        return given().baseUri(WholeStack.keycloakUrl())
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "fascia-directory",
                        "client_secret", "fascia-directory-local-secret"))
                .when().post("/realms/fascia/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * Registers a public client whose access tokens live for five seconds, so a test can hold a
     * genuinely expired token without waiting out the realm's five minutes.
     */
    static void createShortLivedClient(String clientId) {
        String admin = masterAdminToken();
        given().baseUri(WholeStack.keycloakUrl())
                .auth().oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId", clientId,
                        "publicClient", true,
                        "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", "5"),
                        "protocolMappers", List.of(Map.of(
                                "name", "fascia-api-audience",
                                "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.custom.audience", "fascia-api",
                                        "access.token.claim", "true")))))
                .when().post("/admin/realms/fascia/clients")
                .then().statusCode(201);
    }
}
