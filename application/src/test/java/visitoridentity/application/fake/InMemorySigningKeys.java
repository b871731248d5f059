package visitoridentity.application.fake;

import java.util.Optional;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

public final class InMemorySigningKeys implements SigningKeyRepository {
    final InMemoryTable<WorkspaceId, SigningKeyRing> table = new InMemoryTable<>();

    @Override
    public Optional<SigningKeyRing> findByWorkspace(WorkspaceId workspaceId) {
        return table.get(workspaceId);
    }

    @Override
    public void save(WorkspaceId workspaceId, SigningKeyRing keys) {
        table.put(workspaceId, keys);
    }
}
