package io.fascia.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bodies ApiFuzzIT sends, made from an operation's request schema: first a plausible valid
 * body, then that body broken one way at a time (each field of the wrong type, null, missing, huge,
 * with control characters, out of range, in a bad format; the whole body duplicated, truncated,
 * trailed by garbage, of another media type).
 */
final class ApiFuzzCases {

    /** One body to send: what is wrong with it, its bytes and its Content-Type (null for none). */
    record Case(String name, byte[] body, String contentType) {

        Case(String name, String body, String contentType) {
            this(name, body.getBytes(StandardCharsets.UTF_8), contentType);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "a".repeat(100_000);

    private final JsonNode document;

    ApiFuzzCases(JsonNode document) {
        this.document = document;
    }

    /** The path with each parameter filled: an enum's first value, otherwise an id nobody has. */
    String concretePath(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            String value = schema.has("enum") ? schema.path("enum").get(0).asText() : UUID.randomUUID().toString();
            path = path.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return path;
    }

    /** The path with one parameter at a time broken: not an id, a NUL, far too long. */
    List<String> brokenPaths(String template, JsonNode operation) {
        List<String> broken = new ArrayList<>();
        String good = concretePath(template, operation);
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = "{" + parameter.path("name").asText() + "}";
            for (String value : List.of("not-an-id", "%00", "x%0Ay", "a".repeat(3_000), "..")) {
                String path = template.replace(name, value);
                broken.add(concretePath(path, operation));
            }
        }
        broken.remove(good);
        return broken;
    }

    /** Cases from a request body's schema, starting from its documented example when it has one. */
    List<Case> of(JsonNode mediaType) {
        JsonNode schema = resolve(mediaType.path("schema"));
        JsonNode example = mediaType.path("examples").elements().hasNext()
                ? mediaType.path("examples").elements().next().path("value") : null;
        JsonNode valid = example instanceof ObjectNode ? example.deepCopy() : valid(schema, "", 0);
        List<Case> cases = new ArrayList<>();
        String text = valid.toString();
        cases.add(new Case("plausible", text, "application/json"));
        cases.add(new Case("no content type", text, null));
        cases.add(new Case("text/plain", text, "text/plain"));
        cases.add(new Case("empty", "", "application/json"));
        cases.add(new Case("truncated", text.substring(0, Math.max(0, text.length() - 1)), "application/json"));
        cases.add(new Case("trailing garbage", text + " {\"x\":1}", "application/json"));
        cases.add(new Case("an array", "[" + text + "]", "application/json"));
        cases.add(new Case("a string", "\"" + "text" + "\"", "application/json"));
        byte[] latin1 = ("{\"x\":\"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        cases.add(new Case("not UTF-8", latin1, "application/json"));
        if (valid instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            cases.add(new Case("duplicate key " + first, "{\"" + first + "\":" + object.get(first) + "," + text.substring(1),
                    "application/json"));
            fields(object, schema, "", cases, object);
        }
        return cases;
    }

    /** Breaks each field of {@code node} (and of objects nested in it) one way at a time. */
    private void fields(ObjectNode node, JsonNode schema, String prefix, List<Case> cases, ObjectNode root) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode field = resolve(property.getValue());
            String at = prefix + name;
            JsonNode original = node.get(name);
            for (Map.Entry<String, JsonNode> broken : broken(name, field).entrySet()) {
                node.set(name, broken.getValue());
                cases.add(new Case(at + ": " + broken.getKey(), root.toString(), "application/json"));
            }
            node.remove(name);
            if (required.contains(name)) {
                cases.add(new Case(at + ": missing", root.toString(), "application/json"));
            }
            node.set(name, original);
            if (original instanceof ObjectNode nested && prefix.isEmpty()) {
                fields(nested, field, at + ".", cases, root);
            }
        }
    }

    /** The wrong values for one field, by what is wrong with them. */
    private Map<String, JsonNode> broken(String name, JsonNode field) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        String type = type(field);
        wrong.put("null", NODES.nullNode());
        switch (type) {
            case "string" -> {
                wrong.put("a number", NODES.numberNode(12345));
                wrong.put("an object", NODES.objectNode().put("a", 1));
                wrong.put("huge", NODES.textNode(HUGE));
                wrong.put("NUL", NODES.textNode("a\u0000b"));
                wrong.put("control characters", NODES.textNode("a\u0007\u001bb"));
                wrong.put("empty", NODES.textNode(""));
                String format = field.path("format").asText();
                if (format.startsWith("date")) {
                    wrong.put("no such date", NODES.textNode(format.equals("date") ? "2026-02-30" : "2026-13-01T25:00:00Z"));
                }
                if (format.equals("uuid")) {
                    wrong.put("not an id", NODES.textNode("not-a-uuid"));
                }
                if (field.has("enum")) {
                    wrong.put("unknown choice", NODES.textNode("NOT_A_CHOICE"));
                    wrong.put("choice by number", NODES.numberNode(1));
                }
                if (name.toLowerCase(java.util.Locale.ROOT).contains("zone")) {
                    wrong.put("no such zone", NODES.textNode("Mars/Olympus_Mons"));
                }
            }
            case "integer", "number" -> {
                wrong.put("a string", NODES.textNode("seven"));
                wrong.put("huge", NODES.numberNode(new BigDecimal("1e308")));
                wrong.put("beyond a long", NODES.numberNode(new BigDecimal("-9223372036854775809")));
                wrong.put("negative", NODES.numberNode(-1));
                if (type.equals("integer")) {
                    wrong.put("a fraction", NODES.numberNode(new BigDecimal("2.5")));
                }
            }
            case "boolean" -> {
                wrong.put("a string", NODES.textNode("yes"));
                wrong.put("a number", NODES.numberNode(1));
            }
            case "array" -> {
                wrong.put("a string", NODES.textNode("x"));
                wrong.put("items of the wrong type", NODES.arrayNode().add(NODES.objectNode().put("a", 1)));
                ArrayNode many = NODES.arrayNode();
                JsonNode item = valid(resolve(field.path("items")), name, 1);
                for (int i = 0; i < Math.min(field.path("maxItems").asInt(100), 10_000) + 1; i++) {
                    many.add(item);
                }
                wrong.put("too many items", many);
            }
            case "object" -> {
                wrong.put("a string", NODES.textNode("x"));
                wrong.put("an array", NODES.arrayNode());
            }
            default -> {
            }
        }
        return wrong;
    }

    /** A plausible valid value for a schema; valid enough that deeper checks are reached. */
    private JsonNode valid(JsonNode schema, String name, int depth) {
        if (schema.has("examples") && schema.path("examples").size() > 0) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            valid(resolve(p.getValue()), p.getKey(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(valid(resolve(schema.path("items")), name, depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(schema.has("minimum") ? Math.max(schema.path("minimum").asLong(), 1) : 1);
            }
            case "number" -> {
                return NODES.numberNode(schema.has("minimum") ? Math.max(schema.path("minimum").asDouble(), 1) : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText();
                String pattern = schema.path("pattern").asText();
                if (format.equals("date")) {
                    return NODES.textNode(LocalDate.now().plusDays(2).toString());
                }
                if (format.equals("date-time")) {
                    return NODES.textNode(LocalDate.now().plusDays(2) + "T15:00:00Z");
                }
                if (format.equals("uuid")) {
                    return NODES.textNode(UUID.randomUUID().toString());
                }
                if (lower.contains("zone")) {
                    return NODES.textNode("America/New_York");
                }
                if (lower.equals("currency")) {
                    return NODES.textNode("USD");
                }
                if (pattern.contains("[A-Z]{2}")) {
                    return NODES.textNode("US");
                }
                if (pattern.contains("[a-z]{2}")) {
                    return NODES.textNode("en");
                }
                if (pattern.contains("[a-z]")) {
                    return NODES.textNode("upper-back");
                }
                return NODES.textNode("Plausible text");
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /** Follows {@code $ref} (and a single-element allOf, as SmallRye writes a described reference). */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.path("$ref").asText().substring(1));
            } else if (current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /**
     * What a service's records look like now: per table that requests write (not the replicas,
     * the outbox or what scheduled jobs touch), the row count and a hash of every row.
     */
    static final class Fingerprint implements AutoCloseable {

        private static final Map<String, List<String>> TABLES = Map.of(
                "directory", List.of("listing", "offering", "credential", "credential_document", "listing_condition",
                        "listing_technique", "audit_entry"),
                "booking", List.of("availability_settings", "weekly_window", "date_override", "booking", "booking_status_change",
                        "intake", "treatment_plan", "treatment_plan_version", "audit_entry"),
                "review", List.of("review", "reply", "audit_entry"),
                "notification", List.of("preference"));

        private final Connection db;
        private final List<String> tables;

        Fingerprint(String jdbcUrl, String service) throws SQLException {
            this.db = DriverManager.getConnection(jdbcUrl);
            this.tables = Objects.requireNonNull(TABLES.get(service), service);
        }

        Map<String, Long> take() throws SQLException {
            Map<String, Long> sums = new LinkedHashMap<>();
            try (Statement statement = db.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery(
                            "select count(*), coalesce(sum(hashtextextended(t::text, 0)), 0) from " + table + " t")) {
                        rows.next();
                        sums.put(table + " rows", rows.getLong(1));
                        sums.put(table + " content", rows.getBigDecimal(2).longValue());
                    }
                }
            }
            return sums;
        }

        static String changed(Map<String, Long> before, Map<String, Long> after) {
            TreeSet<String> changed = new TreeSet<>();
            after.forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    changed.add(key);
                }
            });
            return String.join(", ", changed);
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }
}
