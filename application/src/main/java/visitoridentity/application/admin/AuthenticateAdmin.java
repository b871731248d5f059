package visitoridentity.application.admin;

import java.util.Optional;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.workspace.Workspace;

/**
 * See {@link AuthenticateAdminUseCase}. Both credentials are compared as SHA-256 hashes in constant
 * time. An unknown workspace answers like a wrong key, so a key-holder cannot probe for workspace ids.
 */
public final class AuthenticateAdmin implements AuthenticateAdminUseCase {
    private final SecretHash rootTokenHash;
    private final WorkspaceRepository workspaces;

    public AuthenticateAdmin(SecretHash rootTokenHash, WorkspaceRepository workspaces) {
        this.rootTokenHash = rootTokenHash;
        this.workspaces = workspaces;
    }

    @Override
    public void authenticate(Optional<WorkspaceId> workspace, String bearer) {
        if (bearer == null || bearer.isBlank()) {
            throw new UnauthorizedException("an admin token or workspace admin key is required");
        }
        if (rootTokenHash.matches(bearer)) {
            return;
        }
        boolean workspaceKey = workspace
                .flatMap(workspaces::findById)
                .map(Workspace::adminKeyHash)
                .filter(hash -> hash.matches(bearer))
                .isPresent();
        if (!workspaceKey) {
            throw new UnauthorizedException("the admin token or key is not valid for this workspace");
        }
    }
}
