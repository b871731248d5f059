package visitoridentity.adapters.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 description served at {@code /openapi.json}: the native API and the operations
 * endpoints as written in {@code openapi.json} beside this class, plus each dialect route. A test
 * holds it equal to the routes the server registers.
 */
public final class OpenApiDocument {
    private static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {}

    public static String render(List<DocumentedRoute> dialectRoutes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = load(mapper);
        ObjectNode paths = (ObjectNode) document.get("paths");
        for (DocumentedRoute route : dialectRoutes) {
            ObjectNode item =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            item.set(route.method().toLowerCase(Locale.ROOT), dialectOperation(mapper, route));
            item.set("options", preflight(mapper));
        }
        return document.toPrettyString();
    }

    private static ObjectNode load(ObjectMapper mapper) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode dialectOperation(ObjectMapper mapper, DocumentedRoute route) {
        ObjectNode operation = mapper.createObjectNode();
        operation.put("summary", route.summary());
        operation.putArray("tags").add("dialects");
        operation.putArray("security").addObject().putArray("visitorToken");
        operation.putArray("parameters").addObject().put("$ref", "#/components/parameters/workspace");
        if (!route.method().equalsIgnoreCase("GET")) {
            operation
                    .putObject("requestBody")
                    .putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("type", "object")
                    .put("description", "The vendor's own payload; see docs/dialects.md.");
        }
        ObjectNode responses = operation.putObject("responses");
        responses
                .putObject("200")
                .put("description", "The vendor's response shape, or the native IdentityResult.")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("type", "object");
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        return operation;
    }

    private static ObjectNode preflight(ObjectMapper mapper) {
        ObjectNode operation = mapper.createObjectNode();
        operation.put("summary", "CORS preflight");
        operation.putArray("tags").add("dialects");
        operation.putArray("parameters").addObject().put("$ref", "#/components/parameters/workspace");
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("204").put("$ref", "#/components/responses/Preflight");
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        return operation;
    }
}
