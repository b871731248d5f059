package visitoridentity.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.dialect.Dialect;

/** The dialects the server ships are mounted together, each under its own name, and described. */
class ShippedDialectsTest {

    private static TestServer serverWithAllDialects() {
        TestServer.Builder builder = TestServer.builder();
        Dialects.all().forEach(builder::dialect);
        return builder.start();
    }

    @Test
    void theSevenVendorsAreShipped() {
        assertThat(Dialects.all().stream().map(Dialect::name))
                .containsExactly("repai", "chatbase", "nexvio", "botbrains", "chatsdk", "intercom", "zendesk");
    }

    @Test
    void everyShippedRouteIsMountedAndDescribed() {
        try (TestServer server = serverWithAllDialects()) {
            JsonNode description = server.get("/openapi.json", null).json();

            assertThat(OperationsTest.documentedRoutes(description))
                    .containsExactlyInAnyOrderElementsOf(server.api.registeredRoutes())
                    .contains(
                            "POST /compat/repai/{ws}/identify",
                            "POST /compat/chatbase/{ws}/identify",
                            "GET /compat/chatbase/{ws}/action-context",
                            "POST /compat/nexvio/{ws}/identify",
                            "GET /compat/nexvio/{ws}/action-context",
                            "POST /compat/botbrains/{ws}/user.identify",
                            "POST /compat/chatsdk/{ws}/identify",
                            "POST /compat/intercom/{ws}/boot",
                            "POST /compat/zendesk/{ws}/login");
        }
    }

    @Test
    void oneVisitorTokenServesEveryDialectOfItsWorkspace() {
        try (TestServer server = serverWithAllDialects()) {
            TestWorkspace workspace = TestWorkspace.inMode(server, "disabled");
            TestServer.Session session = workspace.session();

            Reply chatbase = workspace.post("chatbase", "/identify", session, "{\"user_id\":\"user_123\"}");
            Reply botbrains = workspace.post(
                    "botbrains", "/user.identify", session, "{\"external_attributes\":{\"plan\":\"pro\"}}");

            assertThat(chatbase.status()).as(chatbase.toString()).isEqualTo(200);
            assertThat(botbrains.json().path("externalId").asText()).isEqualTo("user_123");
            assertThat(server.get("/metrics", null).body())
                    .contains("visitor_identity_identify_total{dialect=\"chatbase\",outcome=\"ok\"} 1.0")
                    .contains("visitor_identity_identify_total{dialect=\"botbrains\",outcome=\"ok\"} 1.0");
        }
    }
}
