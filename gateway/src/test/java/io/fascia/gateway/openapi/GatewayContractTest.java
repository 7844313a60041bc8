package io.fascia.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fascia.gateway.policy.AccessRules;

/** The document's security and gateway answers come from the access table and the limits, not from the services. */
class GatewayContractTest {

    private final ObjectMapper json = new ObjectMapper();

    private final AccessRules rules = AccessRules.parse(List.of(
            "GET /api/v1/directory/taxonomy/** anyone",
            "* /api/v1/directory/listings/me/** therapist",
            "* /api/v1/directory/admin/** admin",
            "GET /api/v1/notifications/preferences/me signed-in"));

    private ObjectNode document() throws Exception {
        ObjectNode doc = OpenApiMerge.skeleton("Fascia API", "1.0");
        OpenApiMerge.add(doc, "directory", json.readTree("""
                {"tags":[{"name":"Taxonomy"},{"name":"Internal"}],
                 "paths":{
                  "/api/v1/directory/taxonomy/conditions/{code}":{"get":{"tags":["Taxonomy"],"summary":"One condition",
                     "responses":{"200":{"description":"OK"},"401":{"description":"Not Authorized"}}}},
                  "/api/v1/directory/listings/me/offerings":{"post":{"summary":"Add","requestBody":{"content":{}},
                     "responses":{"201":{"description":"Added"}},"security":[{"SecurityScheme":["therapist"]}]}},
                  "/api/v1/directory/admin/listings/{id}/suspend":{"post":{"responses":{"200":{"description":"OK"}}}},
                  "/api/v1/directory/internal/rebuild":{"post":{"tags":["Internal"],"responses":{"204":{"description":"OK"}}}}},
                 "components":{"schemas":{}}}"""));
        OpenApiMerge.add(doc, "notification", json.readTree("""
                {"paths":{"/api/v1/notifications/preferences/me":{"get":{"responses":{"200":{"description":"OK"}}}}}}"""));
        return doc;
    }

    private List<String> apply(ObjectNode doc) {
        return GatewayContract.apply(doc, rules, new GatewayContract.BodyLimits(256 * 1024, List.of("/api/v1/directory/listings/me/credentials"),
                11L * 1024 * 1024));
    }

    @Test
    void publicOperationsNeedNoTokenAndProtectedOnesTheBearerSchemeWithTheirRoles() throws Exception {
        ObjectNode doc = document();
        apply(doc);

        JsonNode condition = doc.at("/paths/~1api~1v1~1directory~1taxonomy~1conditions~1{code}/get");
        assertThat(condition.path("security").isArray()).isTrue();
        assertThat(condition.path("security")).isEmpty();
        assertThat(condition.at("/responses/401/description").asText()).contains("needs none");
        assertThat(condition.at("/responses/403").isMissingNode()).isTrue();
        assertThat(condition.path("description").asText()).endsWith("**Who:** anyone; no token is needed.");

        JsonNode offering = doc.at("/paths/~1api~1v1~1directory~1listings~1me~1offerings/post");
        assertThat(offering.at("/security/0/bearer").isArray()).isTrue();
        assertThat(offering.path("x-fascia-roles").toString()).isEqualTo("[\"therapist\"]");
        assertThat(offering.at("/responses/403/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(offering.at("/responses/413/description").asText()).contains("256 KiB");

        JsonNode suspend = doc.at("/paths/~1api~1v1~1directory~1admin~1listings~1{id}~1suspend/post");
        assertThat(suspend.at("/security/0/adminBearer").isArray()).as("admin operations have their own scheme").isTrue();

        JsonNode preferences = doc.at("/paths/~1api~1v1~1notifications~1preferences~1me/get");
        assertThat(preferences.at("/security/0/bearer").isArray()).isTrue();
        assertThat(preferences.has("x-fascia-roles")).as("any signed-in person").isFalse();
        assertThat(doc.has("security")).as("no document-wide default hides a public operation").isFalse();
        assertThat(doc.at("/components/securitySchemes/bearer/description").asText()).contains("RFC8725");
    }

    @Test
    void everyAnswerDocumentsTheGatewaysHeadersAndItsOwnRefusals() throws Exception {
        ObjectNode doc = document();
        apply(doc);

        JsonNode responses = doc.at("/paths/~1api~1v1~1directory~1taxonomy~1conditions~1{code}/get/responses");
        for (String code : List.of("200", "401", "429", "500", "502", "503", "504")) {
            assertThat(responses.has(code)).as(code).isTrue();
            assertThat(responses.at("/" + code + "/headers/X-Request-Id/$ref").asText()).isEqualTo("#/components/headers/X-Request-Id");
        }
        assertThat(responses.at("/200/headers/RateLimit/$ref").asText()).isEqualTo("#/components/headers/RateLimit");
        assertThat(responses.at("/429/headers/Retry-After/$ref").asText()).isEqualTo("#/components/headers/Retry-After");
        assertThat(responses.at("/503/headers/RateLimit").isMissingNode()).as("5xx are not counted answers").isTrue();
    }

    @Test
    void anOperationNoRuleAdmitsLeavesTheDocumentWithItsUnusedTag() throws Exception {
        ObjectNode doc = document();
        List<String> unreachable = apply(doc);

        assertThat(unreachable).containsExactly("POST /api/v1/directory/internal/rebuild");
        assertThat(doc.path("paths").has("/api/v1/directory/internal/rebuild")).isFalse();
        assertThat(doc.path("tags").toString()).contains("Taxonomy").doesNotContain("Internal");
    }
}
