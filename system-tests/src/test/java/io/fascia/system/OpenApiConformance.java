package io.fascia.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every answer the system tests get from the gateway's API to the combined OpenAPI document
 * it publishes: a status, a field, a required header or a media type the document does not name
 * fails the test that received it. Requests are not judged (tests send wrong ones on purpose); the
 * answers to them are. Distinct answers checked (method, path, status) are listed in
 * {@code target/openapi/conformance.txt}.
 */
final class OpenApiConformance implements Filter {

    private static final Path CHECKED = Path.of("target", "openapi", "conformance.txt");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> seen = ConcurrentHashMap.newKeySet();

    private final OpenApiInteractionValidator validator;
    private final int gatewayPort;

    private OpenApiConformance(String document, int gatewayPort) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.gatewayPort = gatewayPort;
    }

    /** From now on, every REST Assured call to the gateway's API is checked against its document. */
    static synchronized void install(String gatewayUrl, int gatewayPort) {
        if (RestAssured.filters().stream().anyMatch(OpenApiConformance.class::isInstance)) {
            return;
        }
        String document = RestAssured.given().baseUri(gatewayUrl).when().get("/api/v1/openapi.json")
                .then().statusCode(200).extract().asString();
        try {
            Files.createDirectories(CHECKED.getParent());
            Files.writeString(CHECKED, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RestAssured.filters(new OpenApiConformance(document, gatewayPort));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPort() != gatewayPort || !uri.getPath().startsWith("/api/v1/")) {
            return response;
        }
        Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(java.util.Locale.ROOT));
        ValidationReport report = validator.validateResponse(uri.getPath(), method, RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + uri.getPath() + " (" + response.statusCode()
                    + ") is not what the OpenAPI document says:\n" + report.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nBody: " + abbreviate(response.asString()));
        }
        String key = method + " " + ID.matcher(uri.getPath()).replaceAll("{id}") + " " + response.statusCode();
        if (seen.add(key)) {
            try {
                Files.writeString(CHECKED, key + System.lineSeparator(), StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
