package visitoridentity.application.port;

import java.util.List;
import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** Stores workspaces (their settings and admin-key hash; signing keys live in {@link SigningKeyRepository}). */
public interface WorkspaceRepository {
    Optional<Workspace> findById(WorkspaceId id);

    /** Every workspace, in id order. */
    List<Workspace> findAll();

    void insert(Workspace workspace);

    void update(Workspace workspace);
}
