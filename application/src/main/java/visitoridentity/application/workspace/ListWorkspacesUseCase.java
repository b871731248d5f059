package visitoridentity.application.workspace;

import java.util.List;
import visitoridentity.domain.workspace.Workspace;

/** Every workspace's settings (never a secret), in id order: what the root token may pick from. */
public interface ListWorkspacesUseCase {
    List<Workspace> list();
}
