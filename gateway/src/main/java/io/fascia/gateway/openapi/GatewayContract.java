package io.fascia.gateway.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fascia.gateway.policy.AccessPolicy;
import io.fascia.gateway.policy.AccessRules;
import io.fascia.platform.web.RequestIds;

/**
 * What the gateway adds to the services' documents, because the gateway decides it: who may call
 * each operation (its access table, so {@code security} is the bearer scheme exactly on the
 * protected operations and empty on the public ones), the rate limits every answer reports, and
 * the answers the gateway itself gives (401, 403, 413, 429, 502-504). An operation the access
 * table lets nobody reach is not public API and leaves the document.
 */
final class GatewayContract {

    static final String BEARER = "bearer";
    static final String ADMIN_BEARER = "adminBearer";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private GatewayContract() {
    }

    /** The largest body the gateway forwards: {@code upload} on the upload paths, {@code body} elsewhere. */
    record BodyLimits(long body, List<String> uploadPaths, long upload) {
        long forPath(String path) {
            return uploadPaths.stream().anyMatch(path::startsWith) ? upload : body;
        }
    }

    /** Applies the gateway's facts to a merged document; returns the operations left out (METHOD path). */
    static List<String> apply(ObjectNode doc, AccessRules rules, BodyLimits bodyLimits) {
        ObjectNode components = (ObjectNode) doc.path("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token of the `fascia` Keycloak realm for the audience `fascia-api`. "
                        + "Tokens are handled as RFC8725 (JSON Web Token Best Current Practices) asks: the signature is "
                        + "checked against the realm's published keys with the algorithm they name (never `none`), and "
                        + "the issuer, audience and expiry are checked on every request.");
        schemes.putObject(ADMIN_BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "The same kind of token as `bearer`, of an account that holds the realm role `admin`: "
                        + "only admin operations (under `/admin/`) take it. Checked as RFC8725 asks, like `bearer`.");
        ObjectNode headers = components.withObjectProperty("headers");
        headers.putObject(ALLOW_ORIGIN)
                .put("description", "CORS: sent to browsers calling from an allowed origin (the web app's); absent otherwise.")
                .set("schema", text(200).put("format", "uri"));
        headers.putObject(AccessPolicy.RATE_LIMIT_POLICY)
                .put("description", "The caller's quota for this kind of request (draft-ietf-httpapi-ratelimit-headers): "
                        + "`\"reads\"` or `\"writes\"`, `q` requests per `w` seconds. Per signed-in subject, or per address "
                        + "when anonymous. Sent on every answer that was counted.")
                .set("schema", text(120).put("pattern", "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"));
        headers.putObject(AccessPolicy.RATE_LIMIT)
                .put("description", "Where the caller stands: `r` requests left now, the quota whole again in `t` seconds.")
                .set("schema", text(120).put("pattern", "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$"));
        headers.putObject("Retry-After").put("description", "Seconds to wait before trying again.")
                .set("schema", integer(1, 86_400).put("format", "int32"));
        headers.putObject("Location").put("description", "Where the created record can be read.")
                .set("schema", text(500).put("format", "uri-reference"));
        doc.remove("security");

        List<String> unreachable = new ArrayList<>();
        Set<String> usedTags = new TreeSet<>();
        ObjectNode paths = (ObjectNode) doc.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> pathIt = paths.fields(); pathIt.hasNext();) {
            Map.Entry<String, JsonNode> path = pathIt.next();
            ObjectNode item = (ObjectNode) path.getValue();
            for (Iterator<Map.Entry<String, JsonNode>> opIt = item.fields(); opIt.hasNext();) {
                Map.Entry<String, JsonNode> entry = opIt.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                Optional<AccessRules.Rule> rule = rules.ruleFor(entry.getKey().toUpperCase(Locale.ROOT), concrete(path.getKey()));
                if (rule.isEmpty()) {
                    unreachable.add(entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    opIt.remove();
                    continue;
                }
                ObjectNode operation = (ObjectNode) entry.getValue();
                operate(operation, rule.get().access(), path.getKey().contains("/admin/"), bodyLimits.forPath(path.getKey()));
                operation.path("tags").forEach(tag -> usedTags.add(tag.asText()));
            }
            if (!item.fieldNames().hasNext() || item.properties().stream().noneMatch(f -> METHODS.contains(f.getKey()))) {
                pathIt.remove();
            }
        }
        if (doc.path("tags").isArray()) {
            ArrayNode tags = (ArrayNode) doc.get("tags");
            for (Iterator<JsonNode> it = tags.elements(); it.hasNext();) {
                if (!usedTags.contains(it.next().path("name").asText())) {
                    it.remove();
                }
            }
        }
        return unreachable;
    }

    private static void operate(ObjectNode operation, AccessRules.Access access, boolean admin, long bodyLimitBytes) {
        ObjectNode responses = operation.withObjectProperty("responses");
        boolean anyone = access instanceof AccessRules.Anyone;
        if (anyone) {
            operation.putArray("security");
            responses.remove("403");
            // Public, but a token that is sent must be valid: a stale one is refused rather than ignored.
            responses.remove("401");
            problem(responses, "401", "A bearer token was sent but is not valid. This operation needs none: send a valid one or none.");
        } else {
            operation.putArray("security").addObject().putArray(admin ? ADMIN_BEARER : BEARER);
            problem(responses, "401", "No bearer token, or one that is expired, not yet valid or not for this API.");
            if (access instanceof AccessRules.Roles roles) {
                // For code generators and policy tools; the description says the same for people.
                ArrayNode required = operation.putArray("x-fascia-roles");
                new TreeSet<>(roles.roles()).forEach(required::add);
                problem(responses, "403", "Signed in, but not as " + String.join(" or ", new TreeSet<>(roles.roles())) + ".");
            }
        }
        operation.put("description", operation.path("description").asText(operation.path("summary").asText()) + "\n\n"
                + who(access));
        if (operation.has("requestBody")) {
            problem(responses, "413", "The body is over the " + bodyLimitBytes / 1024 + " KiB accepted here.");
        }
        problem(responses, "429", "Over the caller's rate limit: `RateLimit` and `Retry-After` say when to try again.");
        ((ObjectNode) responses.get("429")).withObjectProperty("headers").set("Retry-After", ref("Retry-After"));
        problem(responses, "500", "Something failed on our side; nothing was changed.");
        problem(responses, "502", "The service behind the gateway failed to answer properly.");
        problem(responses, "503", "The service, or something it needs, is away for a moment: try again after `Retry-After`.");
        ((ObjectNode) responses.get("503")).withObjectProperty("headers").set("Retry-After", ref("Retry-After"));
        problem(responses, "504", "The service behind the gateway did not answer in time.");
        responses.fields().forEachRemaining(response -> {
            ObjectNode headers = ((ObjectNode) response.getValue()).withObjectProperty("headers");
            headers.set(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
            if (!headers.has(RequestIds.HEADER)) {
                headers.set(RequestIds.HEADER, ref(RequestIds.HEADER));
            }
            // Counted answers: the gateway's own refusals before counting (401, 413) may lack them, so not required.
            if (response.getKey().startsWith("2") || response.getKey().startsWith("4")) {
                headers.set(AccessPolicy.RATE_LIMIT_POLICY, ref(AccessPolicy.RATE_LIMIT_POLICY));
                headers.set(AccessPolicy.RATE_LIMIT, ref(AccessPolicy.RATE_LIMIT));
            }
        });
        sort(responses);
    }

    private static String who(AccessRules.Access access) {
        if (access instanceof AccessRules.Anyone) {
            return "**Who:** anyone; no token is needed.";
        }
        if (access instanceof AccessRules.SignedIn) {
            return "**Who:** any signed-in person.";
        }
        return "**Who:** " + String.join(", ", new TreeSet<>(((AccessRules.Roles) access).roles())) + " accounts.";
    }

    private static void problem(ObjectNode responses, String code, String description) {
        ObjectNode response = responses.has(code) ? (ObjectNode) responses.get(code) : responses.putObject(code);
        if (!response.hasNonNull("description") || response.get("description").asText().isBlank()
                || response.get("description").asText().startsWith("A problem")) {
            response.put("description", description);
        }
        response.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM_REF);
    }

    private static void sort(ObjectNode responses) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>(responses.properties());
        all.sort(Map.Entry.comparingByKey());
        responses.removeAll();
        all.forEach(e -> responses.set(e.getKey(), e.getValue()));
    }

    private static ObjectNode ref(String header) {
        ObjectNode ref = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return ref.put("$ref", "#/components/headers/" + header);
    }

    private static ObjectNode text(int maxLength) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "string").put("maxLength", maxLength);
    }

    private static ObjectNode integer(int min, int max) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "integer")
                .put("minimum", min).put("maximum", max);
    }

    /** A path template as a request would name it: each {@code {parameter}} becomes one segment. */
    static String concrete(String template) {
        return template.replaceAll("\\{[^}/]+}", "x");
    }
}
