package io.fascia.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * An event contract: the JSON Schema (draft 2020-12) a producer publishes in its module's
 * {@code src/main/resources/events/}. Producers' tests check what they publish against it; consumers'
 * tests feed themselves its examples, so a schema change that breaks either side fails the build.
 *
 * <p>A schema describes one body shape, or one per CloudEvents type in {@code oneOf} branches titled
 * with the type. Its {@code x-fascia-key} names the body field that keys the topic, and its
 * {@code x-fascia-examples} are {@code {"type": ce_type, "body": {...}}}: one or more per type, each
 * valid against the schema (checked whenever the contract is loaded).
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** An example event: its CloudEvents type, its key and its body. */
    public record Example(String type, String key, String body) {
    }

    private final String name;
    private final JsonNode document;

    private EventContract(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        for (Example example : examples()) {
            assertValid(example.type(), example.body());
        }
    }

    /** The schema {@code file} in {@code module}'s {@code src/main/resources/events/}, read from this checkout. */
    public static EventContract of(String module, String file) {
        Path path = root().resolve(module).resolve("src/main/resources/events").resolve(file);
        try {
            return new EventContract(module + "/" + file, JSON.readTree(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the event schema " + path, e);
        }
    }

    /** The repository's root: the nearest directory upwards holding the Maven wrapper. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No repository root (with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Fails the test unless the record's body is valid for its CloudEvents type; otherwise returns it. */
    public ConsumerRecord<String, String> assertValid(ConsumerRecord<String, String> record) {
        assertValid(KafkaEvents.header(record, "ce_type"), record.value());
        return record;
    }

    /** Fails the test unless {@code body} is valid for the CloudEvents {@code type}. */
    public void assertValid(String type, String body) {
        Schema schema = REGISTRY.getSchema(schemaFor(type));
        List<String> errors = schema.validate(body, InputFormat.JSON).stream()
                .map(Error::toString).toList();
        assertThat(errors).as("%s event %s against %s: %s", type, body, name, errors).isEmpty();
    }

    private JsonNode schemaFor(String type) {
        if (!document.has("oneOf")) {
            return document;
        }
        for (JsonNode branch : document.get("oneOf")) {
            if (type.equals(branch.path("title").asText())) {
                // The branch alone, with the document's dialect, so its errors name this type's fields.
                return branch.deepCopy().<ObjectNode> require()
                        .put("$schema", document.path("$schema").asText());
            }
        }
        throw new AssertionError(name + " describes no event of type " + type);
    }

    /** The schema's examples, in order. */
    public List<Example> examples() {
        String keyField = document.path("x-fascia-key").asText();
        List<Example> examples = new ArrayList<>();
        for (JsonNode example : document.path("x-fascia-examples")) {
            JsonNode body = example.path("body");
            examples.add(new Example(example.path("type").asText(), body.path(keyField).asText(), body.toString()));
        }
        assertThat(examples).as("%s has x-fascia-examples (and x-fascia-key: %s)", name, keyField).isNotEmpty();
        return examples;
    }

    /**
     * Sends every example to {@code topic} under a new CloudEvents id and waits until
     * {@code applied} says the consumer committed it: a consumer that cannot apply the schema's own
     * examples fails here instead of dead-lettering real events.
     */
    public void feedExamples(KafkaEvents kafka, String topic, Predicate<String> applied) {
        for (Example example : examples()) {
            String id = UUID.randomUUID().toString();
            kafka.send(topic, example.key(), id, example.type(), example.body());
            await(example.type() + " example " + id + " applied by the consumer")
                    .atMost(Duration.ofSeconds(30)).until(() -> applied.test(id));
        }
    }
}
