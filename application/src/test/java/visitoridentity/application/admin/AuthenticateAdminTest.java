package visitoridentity.application.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.InMemoryApplication;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

class AuthenticateAdminTest {
    private final Scenario s = Scenario.in(VerificationMode.DISABLED);
    private final AuthenticateAdminUseCase auth = s.useCases.authenticateAdmin();

    @Test
    void theRootTokenReachesEveryWorkspaceAndCreation() {
        assertThatCode(() -> auth.authenticate(Optional.of(s.workspace()), InMemoryApplication.ROOT_TOKEN))
                .doesNotThrowAnyException();
        assertThatCode(() -> auth.authenticate(Optional.empty(), InMemoryApplication.ROOT_TOKEN))
                .doesNotThrowAnyException();
    }

    @Test
    void aWorkspaceAdminKeyReachesOnlyItsOwnWorkspace() {
        CreatedWorkspace other = s.useCases
                .createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Other"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY));

        assertThatCode(() -> auth.authenticate(Optional.of(s.workspace()), s.created.adminKey()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> auth.authenticate(Optional.of(s.workspace()), other.adminKey()))
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> auth.authenticate(Optional.empty(), s.created.adminKey()))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void aMissingOrWrongCredentialIsUnauthorized() {
        assertThatThrownBy(() -> auth.authenticate(Optional.of(s.workspace()), ""))
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> auth.authenticate(Optional.of(s.workspace()), "guess"))
                .isInstanceOf(UnauthorizedException.class);
    }
}
