package io.fascia.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.web.QueryParams;
import io.fascia.platform.web.RequestIds;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every Fascia service's OpenAPI document says the same way, because platform/web makes it
 * so: every error is an RFC 9457 problem (the {@code Problem} schema), every answer carries
 * {@code X-Request-Id}, a body that cannot be read is a 400 and one that is not JSON a 415, an
 * unknown id in the path a 404, and {@code page}/{@code size} mean what {@link QueryParams} does.
 * Resources document only what is theirs: summaries, success codes, and the errors of their rules
 * (409, 422).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiConventions implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    static final String LOCATION = "Location";
    static final int DATE_TIME_LENGTH = 40;
    static final int DATE_LENGTH = 10;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiConventions::nullableEnums);
        }
        components.addSchema(PROBLEM, problemSchema());
        components.addHeader(RequestIds.HEADER, OASFactory.createHeader()
                .description("The request's id, the caller's own if it sent a sane one: quote it when reporting a problem.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(128).pattern(RequestIds.SHAPE)));
        components.addHeader(LOCATION, OASFactory.createHeader().required(true)
                .description("Where the created record can be read or changed, as a path on this API.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference").maxLength(500)));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                conventions(entry.getValue(), path.getParameters());
            }
        }
    }

    /**
     * A date or an instant that smallrye describes itself (a list's items) gets the length the
     * {@code mp.openapi.schema} mappings give the java.time types: Jackson writes ISO 8601, which
     * is bounded.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMaxLength() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            if ("date-time".equals(schema.getFormat())) {
                schema.setMaxLength(DATE_TIME_LENGTH);
            } else if ("date".equals(schema.getFormat())) {
                schema.setMaxLength(DATE_LENGTH);
            }
        }
        return schema;
    }

    /** A nullable enum ({@code @Schema(nullable = true)}) lists null too, or JSON Schema refuses the null it allows. */
    private static void nullableEnums(Schema schema) {
        if (schema.getEnumeration() != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiConventions::nullableEnums);
        }
        if (schema.getItems() != null) {
            nullableEnums(schema.getItems());
        }
    }

    private static void conventions(Operation operation, List<Parameter> shared) {
        List<Parameter> parameters = new java.util.ArrayList<>();
        if (shared != null) {
            parameters.addAll(shared);
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
            operation.getParameters().forEach(ApiConventions::paging);
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        if (body || !parameters.isEmpty()) {
            addIfAbsent(responses, "400");
        }
        if (body) {
            addIfAbsent(responses, "415");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfAbsent(responses, "404");
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(ordered);
        ordered.forEach(ApiConventions::describe);
    }

    private static void addIfAbsent(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse());
        }
    }

    private static void describe(String code, APIResponse response) {
        Header requestId = OASFactory.createHeader().ref(RequestIds.HEADER);
        response.addHeader(RequestIds.HEADER, requestId);
        if ("201".equals(code)) {
            // Every create answers with where the record is (platform/web Created).
            response.addHeader(LOCATION, OASFactory.createHeader().ref(LOCATION));
        }
        if (!code.startsWith("4") && !code.startsWith("5")) {
            return;
        }
        String generic = genericDescription(code);
        if (response.getDescription() == null || response.getDescription().isBlank() || isFrameworkWording(response.getDescription())) {
            response.setDescription(generic);
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static boolean isFrameworkWording(String description) {
        return List.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found").contains(description);
    }

    static String genericDescription(String code) {
        return switch (code) {
            case "400" -> "The request is not valid: `errors` names each rejected field or parameter.";
            case "401" -> "No bearer token, or one that is expired or not from the fascia realm.";
            case "403" -> "Signed in, but this kind of account may not do this.";
            case "404" -> "Nothing with this id that the caller may see (another person's record answers the same).";
            case "409" -> "Conflicts with the record's current state.";
            case "413" -> "The body is larger than allowed here.";
            case "415" -> "The body is not `application/json` (or not the media type this operation takes).";
            case "422" -> "Well-formed, but against a rule of the domain: `detail` says which.";
            default -> "A problem: `detail` says what went wrong.";
        };
    }

    /**
     * {@code page} and {@code size} as {@link QueryParams#page} reads them, unless the resource
     * describes its own (a list with another page size).
     */
    private static void paging(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getDescription() != null) {
            return;
        }
        if ("page".equals(parameter.getName())) {
            parameter.description("Which page, from 0.").schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                    .format("int32").minimum(java.math.BigDecimal.ZERO)
                    .maximum(java.math.BigDecimal.valueOf(QueryParams.MAX_PAGE)).defaultValue(0));
        } else if ("size".equals(parameter.getName())) {
            parameter.description("How many items a page holds.").schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(QueryParams.MAX_SIZE)).defaultValue(QueryParams.DEFAULT_SIZE));
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One rejected field: a JSON path into the body, or a parameter's name.")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(500))
                .addProperty("message", text).required(List.of("field", "message")).additionalPropertiesSchema(
                        OASFactory.createSchema().booleanSchema(false));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, sent as `application/problem+json`.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200)
                        .description("The kind of problem: `urn:fascia:problem:…`, or `about:blank` when the status says it all."))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .description("The same for every problem of this type."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text.description("What went wrong this time, for the person calling."))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .maxLength(300).description("The path the problem occurred on."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(100)
                        .items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
