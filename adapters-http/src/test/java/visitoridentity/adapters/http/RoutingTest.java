package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutingTest {

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.get("/v2/nothing", null);

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.problemCode()).isEqualTo("not-found");
            assertThat(reply.json().path("type").asText()).isEqualTo("urn:visitor-identity:problem:not-found");
        }
    }

    @Test
    void aKnownRouteWithAnotherMethodIsAMethodNotAllowedProblem() {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.request("PUT", "/health/live").send();

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.problemCode()).isEqualTo("method-not-allowed");
            assertThat(reply.header("Allow"))
                    .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        }
    }

    @Test
    void responsesAreNeverCachedNorSniffed() {
        try (TestServer server = TestServer.start()) {
            Reply reply = server.get("/health/live", null);

            assertThat(reply.header("Cache-Control")).contains("no-store");
            assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
        }
    }
}
