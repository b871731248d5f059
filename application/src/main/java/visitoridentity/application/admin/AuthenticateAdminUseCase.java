package visitoridentity.application.admin;

import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Checks a server-to-server bearer credential: the root admin token reaches every workspace; a
 * workspace's admin key reaches only its own. {@code workspace} is empty for operations on no single
 * workspace (creating one), which only the root token may do. Throws UnauthorizedException.
 */
public interface AuthenticateAdminUseCase {
    void authenticate(Optional<WorkspaceId> workspace, String bearer);
}
