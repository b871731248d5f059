package visitoridentity.adapters.persistence;

import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/**
 * Each workspace's key ring, one row per key. The secrets are stored sealed ({@link SealedSecrets}:
 * AES-GCM under the secrets key, bound to the workspace), and opened on the first read of each
 * stored text. Every read of one stored secret gives the same {@code SigningSecret} object ({@link
 * SigningSecrets}), so verifications reuse the {@code Mac} it keyed.
 */
final class JdbiSigningKeyRepository implements SigningKeyRepository {
    private final JdbiTransactions transactions;
    private final SigningSecrets secrets = new SigningSecrets();
    private final SealedSecrets sealed;

    JdbiSigningKeyRepository(JdbiTransactions transactions, SealedSecrets sealed) {
        this.transactions = transactions;
        this.sealed = sealed;
    }

    @Override
    public Optional<SigningKeyRing> findByWorkspace(WorkspaceId workspaceId) {
        return transactions.withHandle(handle -> RowMapping.toKeyRing(
                handle.createQuery("SELECT " + SigningKeyRow.COLUMNS + " FROM signing_keys"
                                + " WHERE workspace_id = :workspaceId ORDER BY position")
                        .bind("workspaceId", workspaceId.value())
                        .mapTo(SigningKeyRow.class)
                        .list(),
                stored -> secrets.of(stored, text -> sealed.open(text, workspaceId.value()))));
    }

    @Override
    public void save(WorkspaceId workspaceId, SigningKeyRing keys) {
        transactions.useHandle(handle -> {
            handle.createUpdate("DELETE FROM signing_keys WHERE workspace_id = :workspaceId")
                    .bind("workspaceId", workspaceId.value())
                    .execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO signing_keys (workspace_id, " + SigningKeyRow.COLUMNS
                    + ") VALUES (:workspaceId, " + SigningKeyRow.PARAMETERS + ")");
            for (SigningKeyRow row : RowMapping.toRows(keys)) {
                row.withSecret(sealed.seal(row.secret(), workspaceId.value()))
                        .bind(batch.bind("workspaceId", workspaceId.value()))
                        .add();
            }
            batch.execute();
        });
    }
}
