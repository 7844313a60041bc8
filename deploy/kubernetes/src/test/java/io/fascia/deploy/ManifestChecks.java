package io.fascia.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The checks a platform team would run on a pull request to these manifests, without a cluster.
 * Each returns what is wrong as readable lines ("Deployment/web: ..."); none means it holds.
 */
final class ManifestChecks {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    /** The core kinds the manifests may use, read into fabric8's typed model. */
    static final Map<String, Class<?>> CORE_KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /** The health endpoints SmallRye Health serves. */
    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");

    private final Path schemas;
    private final Codebase code;

    ManifestChecks(Path schemas, Codebase code) {
        this.schemas = schemas;
        this.code = code;
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    /** Every check over one rendered overlay. */
    List<String> all(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        problems.addAll(schemaProblems(objects));
        problems.addAll(workloadProblems(objects));
        problems.addAll(kafkaProblems(objects));
        return problems;
    }

    /** Core objects read strictly into the typed model; custom resources valid against their CRD's schema; no other kind. */
    List<String> schemaProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            String apiVersion = object.path("apiVersion").asText();
            String kind = object.path("kind").asText();
            Class<?> type = CORE_KINDS.get(apiVersion + "/" + kind);
            if (type != null) {
                try {
                    unknownFields(JSON.convertValue(object, type), id(object), problems);
                } catch (IllegalArgumentException e) {
                    problems.add(id(object) + ": does not read as " + type.getSimpleName() + ": " + e.getMessage());
                }
                continue;
            }
            Path schema = apiVersion.contains("/") ? schemas.resolve(apiVersion.substring(0, apiVersion.indexOf('/')))
                    .resolve(kind.toLowerCase() + "_" + apiVersion.substring(apiVersion.indexOf('/') + 1) + ".json") : null;
            if (schema == null || !Files.exists(schema)) {
                problems.add(id(object) + ": unknown kind " + apiVersion + " " + kind);
                continue;
            }
            try {
                Schema validator = SCHEMAS.getSchema(JSON.readTree(Files.readString(schema)));
                validator.validate(object.toString(), InputFormat.JSON)
                        .forEach(error -> problems.add(id(object) + ": " + error));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return problems;
    }

    /**
     * fabric8's model keeps any field it does not know in {@code additionalProperties} instead of
     * failing; a strict reader fails on them, so this walks the whole object for any.
     */
    static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")
                    || Modifier.isStatic(getter.getModifiers())) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(k -> problems.add(path + ": unknown field '" + k + "'"));
                }
            } else {
                String name = getter.getName().substring(3);
                unknownFields(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), problems);
            }
        }
    }

    /** Deployments as a platform team wants them, and what refers to them. */
    List<String> workloadProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        Map<String, Deployment> deployments = new HashMap<>();
        List<PodDisruptionBudget> budgets = new ArrayList<>();
        List<HorizontalPodAutoscaler> autoscalers = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        for (ObjectNode object : objects) {
            String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            switch (key) {
                case "apps/v1/Deployment" -> deployments.put(object.path("metadata").path("name").asText(),
                        read(object, Deployment.class));
                case "policy/v1/PodDisruptionBudget" -> budgets.add(read(object, PodDisruptionBudget.class));
                case "autoscaling/v2/HorizontalPodAutoscaler" -> autoscalers.add(read(object, HorizontalPodAutoscaler.class));
                case "v1/Service" -> services.add(read(object, Service.class));
                default -> {
                }
            }
        }
        for (String deployable : code.httpPorts().keySet()) {
            if (!deployments.containsKey(deployable)) {
                problems.add("Deployment/" + deployable + ": missing");
            }
        }
        deployments.forEach((name, d) -> problems.addAll(deploymentProblems(name, d, budgets)));
        Deployment gateway = deployments.get("gateway");
        if (gateway != null) {
            problems.addAll(gatewayProblems(gateway, autoscalers));
        }
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            String target = hpa.getSpec().getScaleTargetRef().getName();
            if (!"Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind()) || !deployments.containsKey(target)) {
                problems.add("HorizontalPodAutoscaler/" + hpa.getMetadata().getName()
                        + ": scales no Deployment of these manifests");
            }
        }
        for (Service service : services) {
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector != null
                    && deployments.values().stream().noneMatch(d -> labels(d).entrySet().containsAll(selector.entrySet()))) {
                problems.add("Service/" + service.getMetadata().getName() + ": its selector " + selector
                        + " matches no Deployment's pods");
            }
        }
        return problems;
    }

    /**
     * The gateway's rate limits are kept in each replica's memory, each keeping limit / replicas:
     * its replica count must be fixed (no autoscaler) and told to it.
     */
    static List<String> gatewayProblems(Deployment gateway, List<HorizontalPodAutoscaler> autoscalers) {
        List<String> problems = new ArrayList<>();
        int replicas = gateway.getSpec().getReplicas() == null ? 1 : gateway.getSpec().getReplicas();
        String told = gateway.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> "FASCIA_GATEWAY_RATE_LIMIT_REPLICAS".equals(e.getName())).map(e -> e.getValue()).findFirst()
                .orElse("1");
        if (!told.equals(Integer.toString(replicas))) {
            problems.add("Deployment/gateway: " + replicas + " replicas but FASCIA_GATEWAY_RATE_LIMIT_REPLICAS is " + told
                    + ", so together they would allow " + replicas + "/" + told + " of each rate limit");
        }
        if (autoscalers.stream().anyMatch(h -> "gateway".equals(h.getSpec().getScaleTargetRef().getName()))) {
            problems.add("HorizontalPodAutoscaler/gateway: the gateway divides its rate limits by a fixed replica count");
        }
        return problems;
    }

    private List<String> deploymentProblems(String name, Deployment d, List<PodDisruptionBudget> budgets) {
        List<String> problems = new ArrayList<>();
        String id = "Deployment/" + name;
        Map<String, String> selector = d.getSpec().getSelector().getMatchLabels();
        if (selector == null || selector.isEmpty() || !labels(d).entrySet().containsAll(selector.entrySet())) {
            problems.add(id + ": the selector " + selector + " does not match the pod template's labels " + labels(d));
        }
        int replicas = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        if (replicas > 1 && budgets.stream().noneMatch(b -> b.getSpec().getSelector() != null
                && b.getSpec().getSelector().getMatchLabels() != null
                && labels(d).entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))) {
            problems.add(id + ": " + replicas + " replicas but no PodDisruptionBudget");
        }
        var pod = d.getSpec().getTemplate().getSpec();
        if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
            problems.add(id + ": the pod must run as non-root (securityContext.runAsNonRoot: true)");
        }
        Integer port = code.httpPorts().get(name);
        for (var c : pod.getContainers()) {
            String cid = id + " container " + c.getName();
            String image = c.getImage() == null ? "" : c.getImage();
            String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1).contains(":")
                    ? image.substring(image.lastIndexOf(':') + 1) : "";
            if (tag.isEmpty() || tag.equals("latest")) {
                problems.add(cid + ": image '" + image + "' needs a fixed tag, not latest or none");
            }
            var resources = c.getResources();
            if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey("cpu")
                    || !resources.getRequests().containsKey("memory") || resources.getLimits() == null
                    || !resources.getLimits().containsKey("memory")) {
                problems.add(cid + ": needs cpu and memory requests and a memory limit");
            }
            var security = c.getSecurityContext();
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())
                    || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                    || security.getCapabilities() == null || security.getCapabilities().getDrop() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(cid + ": needs readOnlyRootFilesystem, no privilege escalation and all capabilities dropped");
            }
            Set<String> portNames = new HashSet<>();
            Set<Integer> portNumbers = new HashSet<>();
            if (c.getPorts() != null) {
                c.getPorts().forEach(p -> {
                    portNames.add(p.getName());
                    portNumbers.add(p.getContainerPort());
                });
            }
            if (port != null && !portNumbers.contains(port)) {
                problems.add(cid + ": the service listens on " + port + " (its quarkus.http.port), not on " + portNumbers);
            }
            Map<String, io.fabric8.kubernetes.api.model.Probe> probes = new HashMap<>();
            probes.put("readinessProbe", c.getReadinessProbe());
            probes.put("livenessProbe", c.getLivenessProbe());
            probes.put("startupProbe", c.getStartupProbe());
            probes.forEach((kind, probe) -> {
                if (probe == null || probe.getHttpGet() == null) {
                    problems.add(cid + ": needs an HTTP " + kind);
                    return;
                }
                var get = probe.getHttpGet();
                if (!HEALTH_PATHS.contains(get.getPath())) {
                    problems.add(cid + ": " + kind + " path " + get.getPath() + " is not a health endpoint " + HEALTH_PATHS);
                }
                var probePort = get.getPort();
                boolean known = probePort != null && (probePort.getStrVal() != null ? portNames.contains(probePort.getStrVal())
                        : portNumbers.contains(probePort.getIntVal()));
                if (!known) {
                    Object shown = probePort == null ? null : probePort.getStrVal() != null ? probePort.getStrVal()
                            : probePort.getIntVal();
                    problems.add(cid + ": " + kind + " port " + shown + " is not a port of the container");
                }
            });
        }
        return problems;
    }

    /** Topics: one KafkaTopic for every topic the code names, none replicated more than there are brokers. */
    List<String> kafkaProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        int brokers = 0;
        Map<String, ObjectNode> topics = new HashMap<>();
        for (ObjectNode object : objects) {
            switch (object.path("kind").asText()) {
                case "KafkaNodePool" -> {
                    boolean broker = false;
                    for (Iterator<JsonNode> roles = object.path("spec").path("roles").elements(); roles.hasNext();) {
                        broker |= "broker".equals(roles.next().asText());
                    }
                    if (broker) {
                        brokers += object.path("spec").path("replicas").asInt();
                    }
                }
                case "KafkaTopic" -> topics.put(object.path("spec").path("topicName").asText(
                        object.path("metadata").path("name").asText()), object);
                default -> {
                }
            }
        }
        for (String topic : code.topics()) {
            if (!topics.containsKey(topic)) {
                problems.add("KafkaTopic/" + topic + ": the code uses this topic but no KafkaTopic declares it");
            }
        }
        for (ObjectNode topic : topics.values()) {
            int replicas = topic.path("spec").path("replicas").asInt();
            if (replicas < 1 || replicas > brokers) {
                problems.add(id(topic) + ": " + replicas + " replicas for " + brokers + " brokers");
            }
        }
        return problems;
    }

    private static <T> T read(ObjectNode object, Class<T> type) {
        return JSON.convertValue(object, type);
    }

    private static Map<String, String> labels(Deployment d) {
        Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }
}
