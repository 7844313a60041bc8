package io.fascia.gateway.openapi;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into one. Paths never collide (each service owns its
 * prefix); a schema name two services use for different shapes is renamed for the later one
 * ({@code booking.Page}) and its references are rewritten, so no document loses a type.
 */
final class OpenApiMerge {

    private static final String SCHEMAS = "#/components/schemas/";

    private OpenApiMerge() {
    }

    static ObjectNode skeleton(String title, String version) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        // The services' documents are OpenAPI 3.1 (JSON Schema 2020-12); so is the whole.
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info").put("title", title).put("version", version).put("description",
                "Every Fascia service behind the gateway: the directory of medical massage therapists, booking, "
                        + "outcome reviews and e-mail preferences. Sign in with a bearer token from the `fascia` realm; "
                        + "public reads need none. Every error is an RFC 9457 `application/problem+json`, every answer "
                        + "carries `X-Request-Id`, and counted answers carry `RateLimit`.");
        info.putObject("contact").put("name", "Fascia engineering").put("email", "api@fascia.example");
        doc.putArray("tags");
        doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        components.putObject("schemas");
        components.putObject("headers");
        return doc;
    }

    /** Adds one service's document to {@code into}. */
    static void add(ObjectNode into, String service, JsonNode doc) {
        ObjectNode schemas = (ObjectNode) into.path("components").path("schemas");
        JsonNode theirs = doc.path("components").path("schemas");
        Map<String, String> renamed = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> schema = it.next();
            JsonNode existing = schemas.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                renamed.put(schema.getKey(), service + "." + schema.getKey());
            }
        }
        JsonNode rewritten = renamed.isEmpty() ? doc : rewrite(doc.deepCopy(), renamed);
        rewritten.path("components").path("schemas").fields().forEachRemaining(schema -> {
            String name = renamed.getOrDefault(schema.getKey(), schema.getKey());
            schemas.set(name, schema.getValue());
        });
        rewritten.path("components").path("headers").fields().forEachRemaining(header ->
                ((ObjectNode) into.path("components").path("headers")).set(header.getKey(), header.getValue()));
        ArrayNode tags = (ArrayNode) into.path("tags");
        rewritten.path("tags").forEach(tag -> {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        });
        ObjectNode paths = (ObjectNode) into.path("paths");
        rewritten.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/q/")) {
                // Operation ids are unique within a service; the service's name keeps them unique in the whole.
                path.getValue().forEach(operation -> {
                    if (operation instanceof ObjectNode op && op.hasNonNull("operationId")) {
                        op.put("operationId", service + "_" + op.get("operationId").asText());
                    }
                });
                paths.set(path.getKey(), path.getValue());
            }
        });
    }

    private static JsonNode rewrite(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if ("$ref".equals(field.getKey()) && value.isTextual() && value.asText().startsWith(SCHEMAS)) {
                    String name = value.asText().substring(SCHEMAS.length());
                    if (renamed.containsKey(name)) {
                        field.setValue(TextNode.valueOf(SCHEMAS + renamed.get(name)));
                    }
                } else {
                    rewrite(value, renamed);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> rewrite(element, renamed));
        }
        return node;
    }
}
