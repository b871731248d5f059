package visitoridentity.application.fake;

import java.time.Instant;
import java.util.Map;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.domain.id.WorkspaceId;

public final class InMemoryUsedTokenIds implements UsedTokenIdRepository {
    final InMemoryTable<Map.Entry<WorkspaceId, String>, Instant> table = new InMemoryTable<>();

    @Override
    public boolean recordFirstUse(WorkspaceId workspaceId, String jti, Instant expiresAt) {
        synchronized (InMemoryTable.LOCK) {
            if (table.get(Map.entry(workspaceId, jti)).isPresent()) {
                return false;
            }
            table.put(Map.entry(workspaceId, jti), expiresAt);
            return true;
        }
    }

    @Override
    public int deleteExpired(Instant now) {
        synchronized (InMemoryTable.LOCK) {
            long before = table.values().count();
            table.removeIf(expiresAt -> expiresAt.isBefore(now));
            return (int) (before - table.values().count());
        }
    }
}
