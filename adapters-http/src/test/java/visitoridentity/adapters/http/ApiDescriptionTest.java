package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.dialect.Dialect;

/**
 * The description the server serves with every shipped dialect mounted: each operation is named,
 * says who may call it, and lists the problems it can answer, by status and with the Problem
 * schema. The document is also written to {@code target/openapi/openapi.json}, where
 * {@code mvn verify} lints it with redocly and compiles a TypeScript client generated from it
 * (tools/openapi).
 */
class ApiDescriptionTest {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static TestServer server;
    private static JsonNode document;

    @BeforeAll
    static void serveWithEveryShippedDialect() throws IOException {
        TestServer.Builder builder = TestServer.builder();
        for (Dialect dialect : Dialects.all()) {
            builder.dialect(dialect);
        }
        server = builder.start();
        Reply reply = server.get("/openapi.json", null);
        document = reply.json();
        Path written = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, reply.body(), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Set<String> seen = new HashSet<>();
        for (Operation operation : operations()) {
            String id = operation.node().path("operationId").asText("");

            assertThat(id).as(operation + " operationId").matches("[a-z][A-Za-z0-9]*");
            assertThat(seen.add(id))
                    .as(operation + " repeats the operationId " + id)
                    .isTrue();
        }
    }

    @Test
    void everyOperationSaysWhoMayCallIt() {
        for (Operation operation : operations()) {
            assertThat(operation.node().path("security").isArray())
                    .as(operation + " security (use [] for a public call or a preflight)")
                    .isTrue();
        }
    }

    @Test
    void everyCallThatCanFailListsItsProblemsByStatusWithTheProblemSchema() {
        for (Operation operation : operations()) {
            JsonNode responses = operation.node().path("responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);

            assertThat(statuses).as(operation + " responses").contains("default");
            for (String status : statuses) {
                if (status.equals("default") || status.startsWith("4")) {
                    assertThat(problemSchemaOf(responses.path(status)))
                            .as(operation + " response " + status)
                            .isEqualTo(PROBLEM_SCHEMA);
                }
            }
            if (!operation.path().startsWith("/health/")
                    && !operation.path().equals("/metrics")
                    && !operation.path().equals("/openapi.json")) {
                assertThat(statuses)
                        .as(operation + " names at least one client error (4xx) besides default")
                        .anyMatch(status -> status.startsWith("4"));
            }
        }
    }

    @Test
    void theDescriptionNamesItsLicenseAndAServer() {
        assertThat(document.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/servers/0/url").asText()).isNotEmpty();
    }

    private static String problemSchemaOf(JsonNode response) {
        JsonNode resolved = response.has("$ref")
                ? document.at(response.path("$ref").asText().substring(1))
                : response;
        return resolved.at("/content/application~1problem+json/schema/$ref").asText("");
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!method.getKey().equals("parameters")) {
                    operations.add(
                            new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private record Operation(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
