package visitoridentity.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;

class WorkspaceAdministrationTest {

    @Test
    void aNewWorkspaceKeepsOnlyTheHashOfItsAdminKey() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);

        Workspace stored = s.useCases.showWorkspace().show(s.workspace());

        assertThat(stored.adminKeyHash().matches(s.created.adminKey())).isTrue();
        assertThat(stored.adminKeyHash().hex()).doesNotContain(s.created.adminKey());
        assertThat(stored.verificationMode()).isEqualTo(VerificationMode.OPTIONAL);
        assertThat(s.created.toString()).doesNotContain(s.created.adminKey(), s.secret());
    }

    @Test
    void changingSomeSettingsKeepsTheOthers() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        MetadataPolicy smaller = new MetadataPolicy(1000, SizeUnit.CHARACTERS, Overflow.TRUNCATE);

        Workspace changed = s.useCases
                .changeWorkspaceSettings()
                .change(new ChangeWorkspaceSettingsCommand(
                        s.workspace(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(smaller),
                        Optional.of(new AllowedOrigins(List.of("https://Shop.Example.com")))));

        assertThat(changed.metadataPolicy()).isEqualTo(smaller);
        assertThat(changed.verificationMode()).isEqualTo(VerificationMode.OPTIONAL);
        assertThat(changed.name().value()).isEqualTo("Shop");
        assertThat(s.useCases
                        .showWorkspace()
                        .show(s.workspace())
                        .allowedOrigins()
                        .origins())
                .containsExactly("https://shop.example.com");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);

        assertThatThrownBy(() -> s.useCases.showWorkspace().show(WorkspaceId.of("ws_missing")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.useCases.startVisitor().start(WorkspaceId.of("ws_missing")))
                .isInstanceOf(NotFoundException.class);
    }
}
