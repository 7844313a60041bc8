package io.fascia.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The production realm import, as it must be: deploy/keycloak/fascia-realm.json (the realm the
 * local stack imports) without what is local-only, the demo users (anyone with a password) and
 * the fascia-cli password-grant client, with the public origin and the clients' secrets from the
 * cluster. One owner for the realm: the import is generated from the file, and a check compares.
 */
final class RealmImport {

    static final String LOCAL_ORIGIN = "http://localhost:8080";
    static final String PUBLIC_ORIGIN = "https://fascia.example";

    /** Each confidential client's secret: the placeholder in the realm, and the secret key it comes from. */
    static final Map<String, String[]> CLIENT_SECRETS = Map.of(
            "fascia-web", new String[] { "FASCIA_WEB_CLIENT_SECRET", "fascia-web", "client-secret" },
            "fascia-directory", new String[] { "FASCIA_DIRECTORY_CLIENT_SECRET", "fascia-keycloak-clients", "directory" },
            "fascia-notification", new String[] { "FASCIA_NOTIFICATION_CLIENT_SECRET", "fascia-keycloak-clients",
                    "notification" });

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RealmImport() {
    }

    /** The KeycloakRealmImport's spec the realm file calls for. */
    static ObjectNode expectedSpec(Path root) {
        ObjectNode realm;
        try {
            realm = (ObjectNode) JSON.readTree(Files.readString(root.resolve("deploy/keycloak/fascia-realm.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode users = (ArrayNode) realm.path("users");
        for (Iterator<JsonNode> it = users.elements(); it.hasNext();) {
            if (it.next().has("credentials")) {
                it.remove();
            }
        }
        ObjectNode placeholders = JSON.createObjectNode();
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (Iterator<JsonNode> it = clients.elements(); it.hasNext();) {
            ObjectNode client = (ObjectNode) it.next();
            String id = client.path("clientId").asText();
            if ("fascia-cli".equals(id)) {
                it.remove();
            } else if (CLIENT_SECRETS.containsKey(id)) {
                String[] secret = CLIENT_SECRETS.get(id);
                client.put("secret", "${" + secret[0] + "}");
                placeholders.putObject(secret[0]).putObject("secret").put("name", secret[1]).put("key", secret[2]);
            }
        }
        ObjectNode spec = JSON.createObjectNode();
        spec.put("keycloakCRName", "fascia-keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", publicOrigin(realm));
        return spec;
    }

    private static JsonNode publicOrigin(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(node.asText().replace(LOCAL_ORIGIN, PUBLIC_ORIGIN));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), publicOrigin(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(publicOrigin(e)));
            return copy;
        }
        return node;
    }

    /** The whole file as base/keycloak-realm-import.yaml should read, for a developer to copy there. */
    static String expectedFile(Path root) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "fascia-realm");
        doc.set("spec", expectedSpec(root));
        String committed = Files.readString(root.resolve("deploy/kubernetes/base/keycloak-realm-import.yaml"));
        StringBuilder header = new StringBuilder();
        for (String line : committed.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header + YAML.writeValueAsString(doc).replaceFirst("^---\n", "");
    }
}
