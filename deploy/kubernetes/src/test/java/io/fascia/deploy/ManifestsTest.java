package io.fascia.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Both overlays render and pass every check; each kind of mistake planted in a copy of the
 * rendered production overlay is caught, so the checks are known to check.
 */
class ManifestsTest {

    private static final Codebase CODE = Codebase.read(Rendered.root());
    private static final ManifestChecks CHECKS = new ManifestChecks(Rendered.crdSchemas(), CODE);
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Rendered::overlay);
    }

    /** A deep copy of the production overlay, to plant one mistake in. */
    private static List<ObjectNode> production() {
        List<ObjectNode> copy = new ArrayList<>();
        rendered("production").forEach(o -> copy.add(o.deepCopy()));
        return copy;
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())
                && name.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static ObjectNode container(List<ObjectNode> objects, String deployment) {
        return (ObjectNode) find(objects, "Deployment", deployment).path("spec").path("template").path("spec")
                .path("containers").get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "local", "production" })
    void eachOverlayRendersAndPassesEveryCheck(String overlay) {
        List<ObjectNode> objects = rendered(overlay);
        assertThat(objects).extracting(o -> o.path("kind").asText())
                .contains("Deployment", "Service", "KafkaTopic", "Cluster", "Keycloak");
        assertThat(CHECKS.all(objects)).as("problems in the %s overlay", overlay).isEmpty();
    }

    @Test
    void theChecksReadWhatTheCodeUses() {
        assertThat(CODE.httpPorts()).containsEntry("gateway", 8080).containsEntry("booking-service", 8082)
                .containsKeys("notification-service", "web");
        assertThat(CODE.topics()).contains("fascia.booking.sessions.v1", "fascia.review.pain-reports.v1",
                "fascia.booking.pain-reports-dlq.v1", "fascia.directory.standings.v1");
    }

    @Test
    void aMisspelledFieldOfACoreObjectIsCaught() {
        List<ObjectNode> objects = production();
        ObjectNode web = container(objects, "web");
        web.set("readinesProbe", web.remove("readinessProbe"));
        assertThat(CHECKS.all(objects))
                .anyMatch(p -> p.startsWith("Deployment/web") && p.contains("unknown field 'readinesProbe'"))
                .anyMatch(p -> p.contains("container web: needs an HTTP readinessProbe"));
    }

    @Test
    void aMisspelledFieldOfACustomResourceIsCaught() {
        List<ObjectNode> objects = production();
        ObjectNode spec = (ObjectNode) find(objects, "KafkaTopic", "fascia.booking.sessions.v1").path("spec");
        spec.set("partitons", spec.remove("partitions"));
        assertThat(CHECKS.schemaProblems(objects)).anyMatch(p -> p.startsWith("KafkaTopic/fascia.booking.sessions.v1")
                && p.contains("partitons"));
    }

    @Test
    void aTopicTheCodeUsesWithoutItsKafkaTopicIsCaught() {
        List<ObjectNode> objects = production();
        objects.remove(find(objects, "KafkaTopic", "fascia.review.pain-reports.v1"));
        assertThat(CHECKS.kafkaProblems(objects)).containsExactly(
                "KafkaTopic/fascia.review.pain-reports.v1: the code uses this topic but no KafkaTopic declares it");
    }

    @Test
    void moreTopicReplicasThanBrokersAreCaught() {
        List<ObjectNode> objects = production();
        ((ObjectNode) find(objects, "KafkaTopic", "fascia.booking.sessions.v1").path("spec")).put("replicas", 5);
        assertThat(CHECKS.kafkaProblems(objects))
                .anyMatch(p -> p.startsWith("KafkaTopic/fascia.booking.sessions.v1: 5 replicas"));
    }

    @Test
    void anUnknownKindIsCaught() {
        List<ObjectNode> objects = production();
        ObjectNode odd = find(objects, "KafkaTopic", "fascia.booking.sessions.v1").deepCopy();
        odd.put("kind", "KafkaTopics");
        objects.add(odd);
        assertThat(CHECKS.schemaProblems(objects)).contains(
                "KafkaTopics/fascia.booking.sessions.v1: unknown kind kafka.strimzi.io/v1beta2 KafkaTopics");
    }

    @Test
    void aLatestImageAMissingBudgetAndAWrongProbeAreCaught() {
        List<ObjectNode> objects = production();
        container(objects, "gateway").put("image", "fascia/gateway:latest");
        objects.removeIf(o -> "PodDisruptionBudget".equals(o.path("kind").asText())
                && "booking-service".equals(o.path("metadata").path("name").asText()));
        ((ObjectNode) container(objects, "review-service").path("livenessProbe").path("httpGet")).put("path", "/health");
        ((ObjectNode) container(objects, "review-service").path("readinessProbe").path("httpGet")).put("port", "web");
        List<String> problems = CHECKS.workloadProblems(objects);
        Predicate<String> latest = p -> p.startsWith("Deployment/gateway container gateway: image 'fascia/gateway:latest'");
        assertThat(problems).anyMatch(latest)
                .anyMatch(p -> p.startsWith("Deployment/booking-service: ") && p.endsWith("but no PodDisruptionBudget"))
                .anyMatch(p -> p.contains("review-service: livenessProbe path /health is not a health endpoint"))
                .anyMatch(p -> p.contains("review-service: readinessProbe port web is not a port of the container"));
    }

    @Test
    void aServiceOnTheWrongPortAndARootPodAreCaught() {
        List<ObjectNode> objects = production();
        ((ObjectNode) container(objects, "directory-service").path("ports").get(0)).put("containerPort", 9999);
        ((ObjectNode) find(objects, "Deployment", "web").path("spec").path("template").path("spec").path("securityContext"))
                .remove("runAsNonRoot");
        ((ArrayNode) container(objects, "web").path("securityContext").path("capabilities").path("drop")).removeAll();
        List<String> problems = CHECKS.workloadProblems(objects);
        assertThat(problems).anyMatch(p -> p.contains("directory-service: the service listens on 8081"))
                .anyMatch(p -> p.equals("Deployment/web: the pod must run as non-root (securityContext.runAsNonRoot: true)"))
                .anyMatch(p -> p.startsWith("Deployment/web container web: needs readOnlyRootFilesystem"));
    }

    @Test
    void gatewayReplicasThatDisagreeWithTheirRateLimitShareAreCaught() {
        List<ObjectNode> objects = production();
        ((ObjectNode) find(objects, "Deployment", "gateway").path("spec")).put("replicas", 5);
        assertThat(CHECKS.workloadProblems(objects)).contains("Deployment/gateway: 5 replicas but "
                + "FASCIA_GATEWAY_RATE_LIMIT_REPLICAS is 3, so together they would allow 5/3 of each rate limit");
    }

    @Test
    void theProductionRealmImportIsTheLocalRealmWithoutWhatIsLocalOnly() throws Exception {
        ObjectNode imported = find(rendered("production"), "KeycloakRealmImport", "fascia-realm");
        ObjectNode expected = RealmImport.expectedSpec(Rendered.root());
        if (!expected.equals(imported.path("spec"))) {
            Path regenerated = Rendered.kubernetes().resolve("target/keycloak-realm-import.yaml");
            Files.createDirectories(regenerated.getParent());
            Files.writeString(regenerated, RealmImport.expectedFile(Rendered.root()));
            throw new AssertionError("deploy/kubernetes/base/keycloak-realm-import.yaml differs from deploy/keycloak/"
                    + "fascia-realm.json; the file it should be is " + regenerated + ": copy it over");
        }
        String realm = imported.path("spec").path("realm").toString();
        assertThat(realm).doesNotContain("demo-client", "demo-admin", "fascia-cli", "localhost", "local-secret");
        assertThat(imported.path("spec").path("realm").path("clients").findValuesAsText("clientId"))
                .contains("fascia-web", "fascia-directory", "fascia-notification");
    }

    @Test
    void aRealmImportThatDriftedFromTheRealmFileIsCaught() {
        ObjectNode drifted = find(production(), "KeycloakRealmImport", "fascia-realm");
        ((ObjectNode) drifted.path("spec").path("realm")).put("registrationAllowed", false);
        assertThat(RealmImport.expectedSpec(Rendered.root())).isNotEqualTo(drifted.path("spec"));
    }
}
