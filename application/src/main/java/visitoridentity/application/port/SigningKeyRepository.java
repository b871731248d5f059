package visitoridentity.application.port;

import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/**
 * Holds each workspace's signing keys. They are needed in clear to verify HMACs, so they sit behind
 * their own port: an adapter may encrypt them at rest without touching anything else.
 */
public interface SigningKeyRepository {
    Optional<SigningKeyRing> findByWorkspace(WorkspaceId workspaceId);

    /** Replaces the workspace's whole key ring. */
    void save(WorkspaceId workspaceId, SigningKeyRing keys);
}
