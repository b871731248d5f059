package visitoridentity.application.port;

import java.util.List;
import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/** The public keys each workspace registered for its identity tokens, one per {@code kid}. */
public interface PublicKeyRepository {
    /** The workspace's keys, in the order they were registered. */
    List<RegisteredPublicKey> findByWorkspace(WorkspaceId workspaceId);

    Optional<RegisteredPublicKey> find(WorkspaceId workspaceId, String kid);

    /** Adds a key whose kid the workspace does not use yet. */
    void insert(WorkspaceId workspaceId, RegisteredPublicKey key);

    /** Removes the key; false when the workspace had no key of that kid. */
    boolean delete(WorkspaceId workspaceId, String kid);
}
