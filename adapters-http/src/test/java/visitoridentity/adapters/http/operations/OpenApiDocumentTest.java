package visitoridentity.adapters.http.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void aDialectOperationIsNamedByItsVerbAndThePathsLiteralSegments() {
        assertThat(OpenApiDocument.operationId("post", "/compat/chat-sdk/{ws}/users/identify"))
                .isEqualTo("postChatSdkUsersIdentify");
        assertThat(OpenApiDocument.operationId("preflight", "/compat/repai/{ws}/identify"))
                .isEqualTo("preflightRepaiIdentify");
    }
}
