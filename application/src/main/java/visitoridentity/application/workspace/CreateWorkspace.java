package visitoridentity.application.workspace;

import java.time.Clock;
import java.time.Instant;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** See {@link CreateWorkspaceUseCase}. */
public final class CreateWorkspace implements CreateWorkspaceUseCase {
    private final WorkspaceRepository workspaces;
    private final SigningKeyRepository signingKeys;
    private final IdentifierGenerator identifiers;
    private final SecretGenerator secrets;
    private final Transactions transactions;
    private final Clock clock;

    public CreateWorkspace(
            WorkspaceRepository workspaces,
            SigningKeyRepository signingKeys,
            IdentifierGenerator identifiers,
            SecretGenerator secrets,
            Transactions transactions,
            Clock clock) {
        this.workspaces = workspaces;
        this.signingKeys = signingKeys;
        this.identifiers = identifiers;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CreatedWorkspace create(WorkspaceSettings settings) {
        Instant now = clock.instant();
        SigningSecret signingSecret = secrets.newSigningSecret();
        String adminKey = secrets.newAdminKey();
        Workspace workspace = new Workspace(
                        identifiers.newWorkspaceId(),
                        settings.name(),
                        settings.verificationMode(),
                        settings.metadataPolicy(),
                        settings.allowedOrigins(),
                        SecretHash.of(adminKey),
                        now)
                .withSettings(settings);
        return transactions.inTransaction(() -> {
            workspaces.insert(workspace);
            SigningKeyRing keys = SigningKeyRing.of(signingSecret, now);
            signingKeys.save(workspace.id(), keys);
            return new CreatedWorkspace(workspace, signingSecret, keys.active().kid(), adminKey);
        });
    }
}
