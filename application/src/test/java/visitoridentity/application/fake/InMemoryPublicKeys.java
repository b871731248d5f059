package visitoridentity.application.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.domain.id.WorkspaceId;

public final class InMemoryPublicKeys implements PublicKeyRepository {
    final InMemoryTable<Map.Entry<WorkspaceId, String>, Map.Entry<WorkspaceId, RegisteredPublicKey>> table =
            new InMemoryTable<>();

    @Override
    public List<RegisteredPublicKey> findByWorkspace(WorkspaceId workspaceId) {
        return table.values()
                .filter(row -> row.getKey().equals(workspaceId))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public Optional<RegisteredPublicKey> find(WorkspaceId workspaceId, String kid) {
        return table.get(Map.entry(workspaceId, kid)).map(Map.Entry::getValue);
    }

    @Override
    public void insert(WorkspaceId workspaceId, RegisteredPublicKey key) {
        table.put(Map.entry(workspaceId, key.kid()), Map.entry(workspaceId, key));
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, String kid) {
        boolean present = find(workspaceId, kid).isPresent();
        table.remove(Map.entry(workspaceId, kid));
        return present;
    }
}
