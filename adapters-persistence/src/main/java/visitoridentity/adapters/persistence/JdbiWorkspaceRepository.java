package visitoridentity.adapters.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatements;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.Workspace;

/** Workspaces and their allowed origins. */
final class JdbiWorkspaceRepository implements WorkspaceRepository {
    private final JdbiTransactions transactions;

    JdbiWorkspaceRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        return transactions.withHandle(handle -> handle.createQuery(
                        "SELECT " + WorkspaceRow.COLUMNS + " FROM workspaces WHERE id = :id")
                .bind("id", id.value())
                .mapTo(WorkspaceRow.class)
                .findOne()
                .map(row -> RowMapping.toWorkspace(row, allowedOrigins(handle, row.id()))));
    }

    @Override
    public List<Workspace> findAll() {
        return transactions.withHandle(handle -> {
            Map<String, List<String>> origins = new HashMap<>();
            handle.createQuery(
                            "SELECT workspace_id, origin FROM workspace_allowed_origins ORDER BY workspace_id, position")
                    .map((rows, context) -> Map.entry(rows.getString("workspace_id"), rows.getString("origin")))
                    .forEach(origin -> origins.computeIfAbsent(origin.getKey(), id -> new ArrayList<>())
                            .add(origin.getValue()));
            return handle.createQuery("SELECT " + WorkspaceRow.COLUMNS + " FROM workspaces ORDER BY id")
                    .mapTo(WorkspaceRow.class)
                    .map(row -> RowMapping.toWorkspace(row, origins.getOrDefault(row.id(), List.of())))
                    .list();
        });
    }

    @Override
    public void insert(Workspace workspace) {
        transactions.useHandle(handle -> {
            RowMapping.toRow(workspace)
                    .bind(handle.createUpdate("INSERT INTO workspaces (" + WorkspaceRow.COLUMNS + ") VALUES ("
                            + WorkspaceRow.PARAMETERS + ")"))
                    .execute();
            insertAllowedOrigins(handle, workspace);
        });
    }

    @Override
    public void update(Workspace workspace) {
        transactions.useHandle(handle -> {
            int updated = RowMapping.toRow(workspace)
                    .bind(handle.createUpdate(
                                    "UPDATE workspaces SET name = :name, verification_mode = :verificationMode,"
                                            + " metadata_max = :metadataMax, metadata_unit = :metadataUnit,"
                                            + " metadata_overflow = :metadataOverflow, dialects = :dialects,"
                                            + " max_devices_per_visitor = :maxDevicesPerVisitor,"
                                            + " admin_key_hash = :adminKeyHash,"
                                            + " max_token_lifetime_seconds = :maxTokenLifetimeSeconds,"
                                            + " public_keys_only = :publicKeysOnly, jwks_url = :jwksUrl"
                                            + " WHERE id = :id")
                            // the row's created_at is bound too, and never changes
                            .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true)))
                    .execute();
            if (updated == 0) {
                throw new NotFoundException("workspace", workspace.id().value());
            }
            handle.createUpdate("DELETE FROM workspace_allowed_origins WHERE workspace_id = :workspaceId")
                    .bind("workspaceId", workspace.id().value())
                    .execute();
            insertAllowedOrigins(handle, workspace);
        });
    }

    private static List<String> allowedOrigins(Handle handle, String workspaceId) {
        return handle.createQuery(
                        "SELECT origin FROM workspace_allowed_origins WHERE workspace_id = :workspaceId ORDER BY position")
                .bind("workspaceId", workspaceId)
                .mapTo(String.class)
                .list();
    }

    private static void insertAllowedOrigins(Handle handle, Workspace workspace) {
        List<String> origins = workspace.allowedOrigins().origins();
        if (origins.isEmpty()) {
            return;
        }
        PreparedBatch batch =
                handle.prepareBatch("INSERT INTO workspace_allowed_origins (workspace_id, position, origin)"
                        + " VALUES (:workspaceId, :position, :origin)");
        for (int position = 0; position < origins.size(); position++) {
            batch.bind("workspaceId", workspace.id().value())
                    .bind("position", position)
                    .bind("origin", origins.get(position))
                    .add();
        }
        batch.execute();
    }
}
