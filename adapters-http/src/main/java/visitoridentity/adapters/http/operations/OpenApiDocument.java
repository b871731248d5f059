package visitoridentity.adapters.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 description served at {@code /openapi.json}: the native API and the operations
 * endpoints as written in {@code openapi.json} beside this class, plus each dialect route. A test
 * holds it equal to the routes the server registers; another holds every operation to an
 * {@code operationId}, a {@code security} list and its problem responses by status (each a
 * {@code #/components/responses/...} of the Problem schema), which {@code redocly lint} also checks.
 */
public final class OpenApiDocument {
    private static final String RESOURCE = "openapi.json";
    private static final Map<String, String> PROBLEM_RESPONSES = Map.of(
            "400", "#/components/responses/BadRequest",
            "401", "#/components/responses/Unauthorized",
            "403", "#/components/responses/Forbidden",
            "404", "#/components/responses/NotFound",
            "413", "#/components/responses/PayloadTooLarge",
            "422", "#/components/responses/UnprocessableContent",
            "503", "#/components/responses/ServiceUnavailable");
    private static final List<String> BROWSER_CALL_PROBLEMS = List.of("400", "401", "403", "404", "503");
    private static final List<String> BROWSER_CALL_WITH_BODY_PROBLEMS =
            List.of("400", "401", "403", "404", "413", "422", "503");
    private static final List<String> PREFLIGHT_PROBLEMS = List.of("403", "404");

    private OpenApiDocument() {}

    public static String render(List<DocumentedRoute> dialectRoutes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = load(mapper);
        ObjectNode paths = (ObjectNode) document.get("paths");
        for (DocumentedRoute route : dialectRoutes) {
            ObjectNode item =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            item.set(route.method().toLowerCase(Locale.ROOT), dialectOperation(mapper, route));
            item.set("options", preflight(mapper, route));
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
        boolean hasBody = !route.method().equalsIgnoreCase("GET");
        ObjectNode operation = mapper.createObjectNode();
        operation.put("operationId", operationId(route.method().toLowerCase(Locale.ROOT), route.path()));
        operation.put("summary", route.summary());
        operation.putArray("tags").add("dialects");
        operation.putArray("security").addObject().putArray("visitorToken");
        operation.putArray("parameters").addObject().put("$ref", "#/components/parameters/workspace");
        if (hasBody) {
            operation
                    .putObject("requestBody")
                    .put("required", true)
                    .putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("type", "object")
                    .put("description", "The vendor's own payload; see docs/dialects.md.");
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "The vendor's response shape, or the native IdentityResult.");
        if (hasBody) {
            ok.putObject("headers").putObject("X-Visitor-Token").put("$ref", "#/components/headers/VisitorToken");
        }
        ok.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("type", "object");
        List<String> problems = hasBody ? BROWSER_CALL_WITH_BODY_PROBLEMS : BROWSER_CALL_PROBLEMS;
        problems.forEach(status -> responses.putObject(status).put("$ref", PROBLEM_RESPONSES.get(status)));
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        return operation;
    }

    private static ObjectNode preflight(ObjectMapper mapper, DocumentedRoute route) {
        ObjectNode operation = mapper.createObjectNode();
        operation.put("operationId", operationId("preflight", route.path()));
        operation.put("summary", "CORS preflight");
        operation.putArray("tags").add("dialects");
        operation.putArray("security");
        operation.putArray("parameters").addObject().put("$ref", "#/components/parameters/workspace");
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("204").put("$ref", "#/components/responses/Preflight");
        PREFLIGHT_PROBLEMS.forEach(status -> responses.putObject(status).put("$ref", PROBLEM_RESPONSES.get(status)));
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        return operation;
    }

    /**
     * {@code post} and {@code /compat/chat-sdk/{ws}/users/identify} give {@code postChatSdkUsersIdentify}:
     * the verb, then every literal segment after {@code /compat}, in camel case.
     */
    static String operationId(String verb, String path) {
        StringBuilder id = new StringBuilder(verb);
        for (String segment : path.split("[/._-]")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("compat")) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }
}
