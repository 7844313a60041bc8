package io.fascia.gateway.openapi;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", title).put("version", version).put("description",
                "Every Fascia service behind the gateway. Sign in with a bearer token from the fascia realm; "
                        + "public reads need none. Errors are RFC 9457 application/problem+json.");
        doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        components.putObject("schemas");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT");
        doc.putArray("security").addObject().putArray("bearer");
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
        ObjectNode paths = (ObjectNode) into.path("paths");
        rewritten.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/q/")) {
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
