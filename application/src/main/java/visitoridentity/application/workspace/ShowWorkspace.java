package visitoridentity.application.workspace;

import java.time.Clock;
import java.util.List;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** See {@link ShowWorkspaceUseCase}. */
public final class ShowWorkspace implements ShowWorkspaceUseCase {
    private final WorkspaceRepository workspaces;
    private final SigningKeyRepository signingKeys;
    private final Clock clock;

    public ShowWorkspace(WorkspaceRepository workspaces, SigningKeyRepository signingKeys, Clock clock) {
        this.workspaces = workspaces;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    @Override
    public Workspace show(WorkspaceId id) {
        return Workspaces.existing(workspaces, id);
    }

    @Override
    public List<SigningKeyView> signingKeys(WorkspaceId id) {
        return signingKeys
                .findByWorkspace(id)
                .orElseThrow(() -> new NotFoundException("workspace", id.value()))
                .verifyingAt(clock.instant())
                .stream()
                .map(key -> new SigningKeyView(key.kid(), key.createdAt(), key.validUntil()))
                .toList();
    }
}
