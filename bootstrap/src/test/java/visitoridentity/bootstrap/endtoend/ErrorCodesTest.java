package visitoridentity.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.bootstrap.endtoend.Api.json;
import static visitoridentity.bootstrap.endtoend.Api.object;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import visitoridentity.bootstrap.endtoend.Site.Browser;

/** Every error code of DESIGN §3, as RFC 9457 problem+json, over HTTP against the real server. */
class ErrorCodesTest {
    private static final int BODY_LIMIT = 64 * 1024;

    private static TestServer server;
    private static Site disabled;
    private static Site required;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        disabled = server.newSite("disabled");
        required = server.newSite("required");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anErrorIsAProblemDocumentWithItsStableCode() {
        Response problem = disabled.identify(disabled.newBrowser(), "{not json");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(problem.code()).isEqualTo("invalid-json");
        assertThat(problem.text("/title")).isNotBlank();
        assertThat(problem.json().get("status").asInt()).isEqualTo(400);
        assertThat(problem.text("/detail")).isNotBlank();
    }

    @Test
    void aBodyOfTheWrongJsonTypeIsInvalidJson() {
        Response problem = disabled.identify(disabled.newBrowser(), "[1, 2]");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("invalid-json");
    }

    @Test
    void aFieldThatBreaksItsRuleIsInvalidFieldAndNamed() {
        Response problem = disabled.identify(disabled.newBrowser(), json("email", "not-an-email"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("invalid-field");
        assertThat(problem.text("/field")).isEqualTo("email");
    }

    @Test
    void anUnknownEnumValueIsRefusedAsABadRequest() {
        Response problem = disabled.identify(disabled.newBrowser(), json("metadataMode", "sideways"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isIn("invalid-field", "invalid-json");
    }

    @Test
    void aMissingVisitorTokenIsUnauthorized() {
        Response problem = server.api.post(disabled.path("/identify"), null, json("name", "x"));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongVisitorTokenIsUnauthorized() {
        Response problem = server.api.get(disabled.path("/visitors/me"), "vt_not-a-token");

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongAdminKeyIsUnauthorized() {
        Response problem = server.api.get(disabled.path(""), "vik_not-a-key");

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("unauthorized");
    }

    @Test
    void anUnsignedExternalIdUnderRequiredIsSignatureRequired() {
        Response problem = required.identify(required.newBrowser(), json("externalId", "user_1"));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("signature-required");
    }

    @Test
    void aSignatureThatDoesNotVerifyUnderRequiredIsSignatureInvalid() {
        Response problem = required.identify(
                required.newBrowser(),
                json("externalId", "user_1", "signatures", object("externalId", required.sign("someone_else"))));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("signature-invalid");
    }

    @Test
    void aSignatureThatIsNot64HexCharactersUnderRequiredIsSignatureMalformed() {
        Response problem = required.identify(
                required.newBrowser(), json("externalId", "user_1", "signatures", object("externalId", "xyz")));

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.code()).isEqualTo("signature-malformed");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        Response problem = server.api.post("/v1/workspaces/ws_unknown/visitors", null, "");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("not-found");
    }

    @Test
    void anUnknownVisitorIsNotFound() {
        Response problem = disabled.visitor("v_unknown");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("not-found");
    }

    @Test
    void anUnknownContactIsNotFound() {
        Response problem = disabled.contact("c_unknown");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("not-found");
    }

    @Test
    void aBodyOver64KibIsRefusedBeforeItIsParsed() {
        String oversized = "x".repeat(BODY_LIMIT + 1);

        Response problem = disabled.identify(disabled.newBrowser(), oversized);

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("payload-too-large");
    }

    @Test
    void aBodyOfExactly64KibIsRead() {
        String prefix = "{\"name\":\"";
        String suffix = "\"}";
        String body = prefix + " ".repeat(BODY_LIMIT - prefix.length() - suffix.length()) + suffix;

        Response answer = disabled.identify(disabled.newBrowser(), body);

        assertThat(body).hasSize(BODY_LIMIT);
        assertThat(answer.status()).isNotEqualTo(413);
        assertThat(answer.code()).isNotEqualTo("payload-too-large");
    }

    @Test
    void metadataOverARejectLimitIsMetadataTooLargeWithBothSizes() {
        Site small = server.newSiteOf(json("name", "Small", "metadataLimit", object("max", 20, "unit", "bytes")));

        Response problem = small.identify(small.newBrowser(), json("metadata", object("note", "x".repeat(40))));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("metadata-too-large");
        assertThat(problem.text("/detail")).contains("20").contains("51");
    }

    @Test
    void aRefusedRequestChangesNothing() {
        Browser browser = required.newBrowser();
        required.identify(browser, json("name", "Before"));

        Response refused = required.identify(browser, json("name", "After", "externalId", "user_unsigned"));

        assertThat(refused.status()).isEqualTo(401);
        Response me = required.me(browser);
        assertThat(me.text("/name")).isEqualTo("Before");
        assertThat(me.text("/externalId")).isNull();
    }

    @Test
    void badInputNeverGetsA5xx() {
        Browser browser = disabled.newBrowser();
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String[] bodies = {
            "null",
            "\"text\"",
            "{\"externalId\": 12}",
            "{\"metadata\": []}",
            "{\"metadata\": {\"n\": NaN}}",
            "{\"metadata\": " + deep + "}",
            "{\"email\": \"a\\u0000@example.com\"}",
            "{\"signatures\": \"abc\"}",
        };

        for (String body : bodies) {
            Response answer = disabled.identify(browser, body);
            assertThat(answer.status())
                    .as("%s -> %s", body.length() > 60 ? body.substring(0, 60) : body, answer)
                    .isBetween(400, 499);
        }
    }
}
