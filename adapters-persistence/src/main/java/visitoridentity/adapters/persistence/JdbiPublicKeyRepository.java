package visitoridentity.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.domain.id.WorkspaceId;

/** The public keys of {@code workspace_public_keys}, in registration order. */
final class JdbiPublicKeyRepository implements PublicKeyRepository {
    private static final String COLUMNS = "kid, jwk, created_at";

    private final JdbiTransactions transactions;

    JdbiPublicKeyRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<RegisteredPublicKey> findByWorkspace(WorkspaceId workspaceId) {
        return transactions.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM workspace_public_keys WHERE workspace_id = :workspaceId ORDER BY position")
                .bind("workspaceId", workspaceId.value())
                .map((row, context) -> new RegisteredPublicKey(
                        row.getString("kid"), row.getString("jwk"), UtcTimestamps.read(row, "created_at")))
                .list());
    }

    @Override
    public Optional<RegisteredPublicKey> find(WorkspaceId workspaceId, String kid) {
        return transactions.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM workspace_public_keys WHERE workspace_id = :workspaceId AND kid = :kid")
                .bind("workspaceId", workspaceId.value())
                .bind("kid", kid)
                .map((row, context) -> new RegisteredPublicKey(
                        row.getString("kid"), row.getString("jwk"), UtcTimestamps.read(row, "created_at")))
                .findOne());
    }

    @Override
    public void insert(WorkspaceId workspaceId, RegisteredPublicKey key) {
        transactions.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO workspace_public_keys (workspace_id, kid, position, jwk, created_at)"
                                + " SELECT :workspaceId, :kid, COALESCE(MAX(position), 0) + 1, :jwk, :createdAt"
                                + " FROM workspace_public_keys WHERE workspace_id = :workspaceId")
                .bind("workspaceId", workspaceId.value())
                .bind("kid", key.kid())
                .bind("jwk", key.jwk())
                .bindByType("createdAt", key.createdAt(), Instant.class)
                .execute());
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, String kid) {
        return transactions.withHandle(handle -> handle.createUpdate(
                                "DELETE FROM workspace_public_keys WHERE workspace_id = :workspaceId AND kid = :kid")
                        .bind("workspaceId", workspaceId.value())
                        .bind("kid", kid)
                        .execute())
                > 0;
    }
}
