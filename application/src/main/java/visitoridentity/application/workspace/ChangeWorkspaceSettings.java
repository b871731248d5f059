package visitoridentity.application.workspace;

import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** See {@link ChangeWorkspaceSettingsUseCase}. */
public final class ChangeWorkspaceSettings implements ChangeWorkspaceSettingsUseCase {
    private final WorkspaceRepository workspaces;
    private final Transactions transactions;

    public ChangeWorkspaceSettings(WorkspaceRepository workspaces, Transactions transactions) {
        this.workspaces = workspaces;
        this.transactions = transactions;
    }

    @Override
    public Workspace change(ChangeWorkspaceSettingsCommand command) {
        return transactions.inTransaction(() -> {
            Workspace workspace = Workspaces.existing(workspaces, command.workspaceId());
            WorkspaceSettings current = workspace.settings();
            Workspace changed = workspace.withSettings(new WorkspaceSettings(
                    command.name().orElse(current.name()),
                    command.verificationMode().orElse(current.verificationMode()),
                    command.metadataPolicy().orElse(current.metadataPolicy()),
                    command.allowedOrigins().orElse(current.allowedOrigins()),
                    command.dialects().orElse(current.dialects()),
                    command.maxDevicesPerVisitor().orElse(current.maxDevicesPerVisitor()),
                    command.tokenPolicy().orElse(current.tokenPolicy())));
            workspaces.update(changed);
            return changed;
        });
    }
}
