package io.fascia.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void pathsAreJoinedAndASchemaNameUsedForTwoShapesIsRenamedWithItsReferences() throws Exception {
        ObjectNode doc = OpenApiMerge.skeleton("Fascia API", "1.0");
        OpenApiMerge.add(doc, "booking", json.readTree("""
                {"paths":{"/api/v1/booking/bookings/mine":{"get":{"responses":{"200":{"content":{"application/json":
                  {"schema":{"$ref":"#/components/schemas/Page"}}}}}}}},
                 "components":{"schemas":{"Page":{"type":"object","properties":{"bookings":{"type":"array"}}},
                                          "Problem":{"type":"object"}}}}"""));
        OpenApiMerge.add(doc, "review", json.readTree("""
                {"paths":{"/api/v1/review/reviews/mine":{"get":{"responses":{"200":{"content":{"application/json":
                  {"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
                          "/q/health":{"get":{}}},
                 "components":{"schemas":{"Page":{"type":"object","properties":{"reviews":{"type":"array"}}},
                                          "Problem":{"type":"object"}}}}"""));

        assertThat(doc.path("paths").has("/api/v1/booking/bookings/mine")).isTrue();
        assertThat(doc.path("paths").has("/q/health")).as("service internals stay out").isFalse();
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.has("Page")).isTrue();
        assertThat(schemas.has("review.Page")).isTrue();
        assertThat(schemas.has("review.Problem")).as("identical shapes are shared").isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1review~1reviews~1mine/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/review.Page");
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void tagsAreKeptOnceAndOperationIdsNameTheirService() throws Exception {
        ObjectNode doc = OpenApiMerge.skeleton("Fascia API", "1.0");
        String ping = """
                {"tags":[{"name":"Ping","description":"d"}],
                 "paths":{"/api/v1/%s/ping":{"get":{"operationId":"PingResource_ping","responses":{}}}}}""";
        OpenApiMerge.add(doc, "booking", json.readTree(ping.formatted("booking")));
        OpenApiMerge.add(doc, "review", json.readTree(ping.formatted("review")));

        assertThat(doc.path("tags")).hasSize(1);
        assertThat(doc.at("/paths/~1api~1v1~1booking~1ping/get/operationId").asText()).isEqualTo("booking_PingResource_ping");
        assertThat(doc.at("/paths/~1api~1v1~1review~1ping/get/operationId").asText()).isEqualTo("review_PingResource_ping");
    }
}
