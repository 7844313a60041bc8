package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.restassured.specification.RequestSpecification;

/**
 * Every write operation in the published OpenAPI document, sent bodies that are wrong in the ways
 * clients and attackers get them wrong (ApiFuzzCases; for the credential upload, its JSON part),
 * and path parameters that are not ids, as a caller with the right role, straight to the service
 * that owns it (the gateway's rate limits would otherwise answer most).
 * The bar: no 5xx, every refusal a problem+json, and no refused request changes a row of the
 * service's records (ApiFuzzCases.Fingerprint). The figures go to {@code target/fuzz/summary.txt}.
 */
@ExtendWith(WholeStack.class)
class ApiFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    @Test
    void everyWriteOperationRefusesBadBodiesWithAProblemAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiSteps.ReadyTherapist therapist = ApiSteps.readyTherapist("fuzz-therapist-" + suffix, "Fuzz Therapist",
                "America/New_York");
        String client = "fuzz-client-" + suffix;
        Keycloak.createUser(client);

        int requests = 0;
        int operations = 0;
        int writesSeen = 0;
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> partialWrites = new ArrayList<>();
        ApiFuzzCases cases = new ApiFuzzCases(document);

        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : WRITES) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String service = service(path.getKey());
                String caller = caller(operation, therapist.username(), client);
                String token = caller == null ? null : Keycloak.token(caller);
                JsonNode content = operation.at("/requestBody/content");
                boolean multipart = content.has("multipart/form-data");
                List<ApiFuzzCases.Case> bodies = content.has("application/json")
                        ? cases.of(content.path("application/json"))
                        // The upload's JSON part is what can be malformed; its document is a real PDF.
                        : multipart ? cases.of(JsonNodeFactory.instance.objectNode()
                                .set("schema", content.at("/multipart~1form-data/schema/properties/credential")))
                                : List.of(new ApiFuzzCases.Case("no body", new byte[0], null),
                                        new ApiFuzzCases.Case("a body where none is taken", "{\"x\":", "application/json"));
                List<Map.Entry<String, ApiFuzzCases.Case>> attempts = new ArrayList<>();
                String target = cases.concretePath(path.getKey(), operation);
                bodies.forEach(body -> attempts.add(Map.entry(target, body)));
                cases.brokenPaths(path.getKey(), operation).forEach(broken -> attempts.add(Map.entry(broken, bodies.get(0))));
                try (ApiFuzzCases.Fingerprint records = new ApiFuzzCases.Fingerprint(WholeStack.jdbcUrl(service), service)) {
                    for (Map.Entry<String, ApiFuzzCases.Case> attempt : attempts) {
                        ApiFuzzCases.Case sent = attempt.getValue();
                        Map<String, Long> before = records.take();
                        RequestSpecification request = given().baseUri(WholeStack.serviceUrl(service)).port(-1)
                                .urlEncodingEnabled(false).header("Idempotency-Key", UUID.randomUUID().toString());
                        if (token != null) {
                            request.auth().oauth2(token);
                        }
                        if (multipart) {
                            // The credential's details are the fuzzed part; the document is a real PDF.
                            request.multiPart("credential", "credential.json", sent.body(),
                                    sent.contentType() == null ? "application/octet-stream" : sent.contentType())
                                    .multiPart("document", "licence.pdf", ApiSteps.pdf("Licence"), "application/pdf");
                        } else {
                            request.body(sent.body());
                            if (sent.contentType() != null) {
                                request.contentType(sent.contentType());
                            } else {
                                request.noContentType();
                            }
                        }
                        var response = request.when().request(method.toUpperCase(Locale.ROOT), attempt.getKey());
                        requests++;
                        int status = response.statusCode();
                        byStatus.merge(String.valueOf(status), 1, Integer::sum);
                        String what = method.toUpperCase(Locale.ROOT) + " " + abbreviate(attempt.getKey()) + " [" + sent.name()
                                + "] -> " + status;
                        if (status >= 500) {
                            serverErrors.add(what + ": " + abbreviate(response.asString()));
                        }
                        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                            notProblems.add(what + " as " + response.contentType());
                        }
                        Map<String, Long> after = records.take();
                        if (status >= 400 && !after.equals(before)) {
                            partialWrites.add(what + ": " + ApiFuzzCases.Fingerprint.changed(before, after));
                        } else if (status < 300 && !after.equals(before)) {
                            writesSeen++;
                        }
                    }
                }
            }
        }

        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        String summary = "API fuzz: " + requests + " requests to " + operations + " write operations; 5xx: " + serverErrors.size()
                + ", not problem+json: " + notProblems.size() + ", refused but changed records: " + partialWrites.size()
                + " (accepted requests whose change the fingerprint saw: " + writesSeen + ")"
                + System.lineSeparator() + "by status: " + byStatus + System.lineSeparator()
                + String.join(System.lineSeparator(), serverErrors) + System.lineSeparator()
                + String.join(System.lineSeparator(), notProblems) + System.lineSeparator()
                + String.join(System.lineSeparator(), partialWrites) + System.lineSeparator();
        Files.writeString(out.resolve("summary.txt"), summary);
        assertThat(operations).as("write operations found in the document").isGreaterThan(25);
        assertThat(writesSeen).as("accepted writes the record fingerprint noticed (it must be able to see one)").isPositive();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(notProblems).as("refusals that are not problem+json").isEmpty();
        assertThat(partialWrites).as("refused requests that changed records").isEmpty();
    }

    /** The service behind a path: its second segment, as the gateway routes it. */
    private static String service(String path) {
        String segment = path.split("/")[3];
        return "notifications".equals(segment) ? "notification" : segment;
    }

    /** The demo admin, the fuzz therapist or the fuzz client: whoever the operation is for. */
    private static String caller(JsonNode operation, String therapist, String client) {
        if (operation.path("security").isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        operation.path("x-fascia-roles").forEach(role -> roles.add(role.asText()));
        if (roles.contains("client")) {
            return client;
        }
        if (roles.contains("therapist")) {
            return therapist;
        }
        if (roles.contains("admin")) {
            return "demo-admin";
        }
        return client;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
