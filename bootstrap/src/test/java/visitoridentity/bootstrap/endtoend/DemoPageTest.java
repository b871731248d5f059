package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo page is the first start's, on H2; it is absent when switched off. (Its browser side: SdkInTheBrowserTest.) */
class DemoPageTest {

    @Test
    void aServerOnH2ServesTheDemoPageForItsDemoWorkspaceUnderAStrictContentSecurityPolicy() {
        try (TestServer server = TestServer.startWith(Map.of())) {
            Response page = server.api.get("/demo", null);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                    .isEqualTo("text/html;charset=utf-8");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'none'")
                            .contains("script-src 'self';")
                            .doesNotContain("unsafe-inline"));
            assertThat(page.body())
                    .containsPattern("<script src=\"/sdk/v1/visitor-identity.js\" data-workspace=\"ws_\\w+\"")
                    .contains("<script src=\"/demo/demo.js\"")
                    .doesNotContain("{{workspace}}")
                    .doesNotContainPattern("<script>");
            assertThat(server.api.get("/demo/demo.js", null).status()).isEqualTo(200);
        }
    }

    @Test
    void theDemoSigningRouteSignsTheDemoUserAndNothingElse() {
        try (TestServer server = TestServer.startWith(Map.of())) {
            Response signed = server.api.post("/demo/signature", null, "{\"externalId\":\"somebody-else\"}");

            assertThat(signed.status()).isEqualTo(200);
            assertThat(signed.json().path("externalId").asText()).isEqualTo("demo-user");
            assertThat(signed.json().path("signature").asText()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void switchedOffThereIsNoDemoPageAndNoSigningRoute() {
        try (TestServer server = TestServer.startWith(Map.of("VISITOR_IDENTITY_DEMO", "false"))) {
            assertThat(server.api.get("/demo", null).status()).isEqualTo(404);
            assertThat(server.api.post("/demo/signature", null, "{}").status()).isEqualTo(404);
            assertThat(server.console()).doesNotContain("see it in a browser");
        }
    }
}
