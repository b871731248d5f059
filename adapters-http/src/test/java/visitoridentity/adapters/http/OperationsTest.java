package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void livenessIsAlwaysUp() {
        try (TestServer server = TestServer.builder().readiness(() -> false).start()) {
            Reply reply = server.get("/health/live", null);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("up");
        }
    }

    @Test
    void readinessFollowsTheCheck() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/health/ready", null).status()).isEqualTo(200);
        }
        try (TestServer server = TestServer.builder().readiness(() -> false).start()) {
            Reply reply = server.get("/health/ready", null);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.text("status")).isEqualTo("down");
        }
    }

    @Test
    void aReadinessCheckThatFailsMeansNotReady() {
        BooleanThrowing failing = new BooleanThrowing();
        try (TestServer server = TestServer.builder().readiness(failing).start()) {
            assertThat(server.get("/health/ready", null).status()).isEqualTo(503);
        }
    }

    @Test
    void metricsAreAPrometheusScrape() {
        try (TestServer server = TestServer.start()) {
            server.get("/health/live", null);

            Reply reply = server.get("/metrics", null);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/plain");
            assertThat(reply.body())
                    .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/health/live\"}");
        }
    }

    @Test
    void theApiDescriptionDocumentsExactlyTheRegisteredRoutes() {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.get("/openapi.json", null);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
            assertThat(documentedRoutes(reply.json()))
                    .containsExactlyInAnyOrderElementsOf(server.api.registeredRoutes());
        }
    }

    @Test
    void everyReferenceInTheApiDescriptionResolves() {
        try (TestServer server = TestServer.start()) {
            JsonNode document = server.get("/openapi.json", null).json();

            List<String> references = document.findValuesAsText("$ref");

            assertThat(references)
                    .isNotEmpty()
                    .allSatisfy(reference -> assertThat(
                                    document.at(reference.substring(1)).isMissingNode())
                            .as(reference)
                            .isFalse());
        }
    }

    static List<String> documentedRoutes(JsonNode document) {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        return routes;
    }

    private static final class BooleanThrowing implements BooleanSupplier {
        @Override
        public boolean getAsBoolean() {
            throw new IllegalStateException("database down");
        }
    }
}
