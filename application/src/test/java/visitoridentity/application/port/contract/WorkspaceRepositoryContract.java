package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** What every {@link visitoridentity.application.port.WorkspaceRepository} does. */
public abstract class WorkspaceRepositoryContract extends StorageContract {

    @Test
    void aStoredWorkspaceIsFoundWithEverySetting() {
        Workspace workspace = new Workspace(
                newWorkspaceId(),
                WorkspaceName.of("Café Zoë"),
                VerificationMode.REQUIRED,
                new MetadataPolicy(1000, SizeUnit.CHARACTERS, Overflow.TRUNCATE),
                new AllowedOrigins(List.of("https://shop.example.com", "http://localhost:8080")),
                SecretHash.of("admin-key"),
                T0);

        ports.workspaces().insert(workspace);

        assertThat(ports.workspaces().findById(workspace.id())).contains(workspace);
    }

    @Test
    void theIdentityTokenPolicyIsStoredAndChanged() {
        Workspace stored = workspace(newWorkspaceId());
        ports.workspaces().insert(stored);
        assertThat(ports.workspaces().findById(stored.id()).orElseThrow().tokenPolicy())
                .isEqualTo(TokenPolicy.DEFAULT);
        TokenPolicy policy = new TokenPolicy(
                Duration.ofMinutes(5),
                true,
                Optional.of(URI.create("https://backend.example.com/.well-known/jwks.json")));
        WorkspaceSettings settings = stored.settings();
        Workspace changed = stored.withSettings(new WorkspaceSettings(
                settings.name(),
                settings.verificationMode(),
                settings.metadataPolicy(),
                settings.allowedOrigins(),
                settings.dialects(),
                settings.maxDevicesPerVisitor(),
                policy));

        ports.workspaces().update(changed);

        assertThat(ports.workspaces().findById(stored.id()).orElseThrow().tokenPolicy())
                .isEqualTo(policy);
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        assertThat(ports.workspaces().findById(newWorkspaceId())).isEmpty();
    }

    @Test
    void anUpdateReplacesTheSettings() {
        Workspace stored = workspace(newWorkspaceId())
                .withSettings(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.OPTIONAL,
                        MetadataPolicy.DEFAULT,
                        new AllowedOrigins(List.of("https://a.example.com", "https://b.example.com"))));
        ports.workspaces().insert(stored);
        Workspace changed = stored.withSettings(new WorkspaceSettings(
                WorkspaceName.of("Renamed"),
                VerificationMode.REQUIRED,
                new MetadataPolicy(512, SizeUnit.BYTES, Overflow.TRUNCATE),
                new AllowedOrigins(List.of("https://c.example.com"))));

        ports.workspaces().update(changed);

        assertThat(ports.workspaces().findById(stored.id())).contains(changed);
    }

    @Test
    void anUpdateToNoAllowedOriginsAllowsEveryOriginAgain() {
        Workspace stored = workspace(newWorkspaceId())
                .withSettings(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        new AllowedOrigins(List.of("https://a.example.com"))));
        ports.workspaces().insert(stored);

        ports.workspaces()
                .update(stored.withSettings(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY)));

        assertThat(ports.workspaces().findById(stored.id()).orElseThrow().allowedOrigins())
                .isEqualTo(AllowedOrigins.ANY);
    }
}
