package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code workspaces}; its allowed origins are rows of {@code workspace_allowed_origins}. */
record WorkspaceRow(
        String id,
        String name,
        String verificationMode,
        long metadataMax,
        String metadataUnit,
        String metadataOverflow,
        String dialects,
        int maxDevicesPerVisitor,
        String adminKeyHash,
        Instant createdAt,
        long maxTokenLifetimeSeconds,
        boolean publicKeysOnly,
        String jwksUrl) {
    static final String COLUMNS =
            "id, name, verification_mode, metadata_max, metadata_unit, metadata_overflow, dialects,"
                    + " max_devices_per_visitor, admin_key_hash, created_at, max_token_lifetime_seconds,"
                    + " public_keys_only, jwks_url";
    static final String PARAMETERS = ":id, :name, :verificationMode, :metadataMax, :metadataUnit,"
            + " :metadataOverflow, :dialects, :maxDevicesPerVisitor, :adminKeyHash, :createdAt,"
            + " :maxTokenLifetimeSeconds, :publicKeysOnly, :jwksUrl";

    static WorkspaceRow read(ResultSet row, StatementContext context) throws SQLException {
        return new WorkspaceRow(
                row.getString("id"),
                row.getString("name"),
                row.getString("verification_mode"),
                row.getLong("metadata_max"),
                row.getString("metadata_unit"),
                row.getString("metadata_overflow"),
                row.getString("dialects"),
                row.getInt("max_devices_per_visitor"),
                row.getString("admin_key_hash"),
                UtcTimestamps.read(row, "created_at"),
                row.getLong("max_token_lifetime_seconds"),
                row.getBoolean("public_keys_only"),
                row.getString("jwks_url"));
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        return statement
                .bind("id", id)
                .bind("name", name)
                .bind("verificationMode", verificationMode)
                .bind("metadataMax", metadataMax)
                .bind("metadataUnit", metadataUnit)
                .bind("metadataOverflow", metadataOverflow)
                .bind("dialects", dialects)
                .bind("maxDevicesPerVisitor", maxDevicesPerVisitor)
                .bind("adminKeyHash", adminKeyHash)
                .bindByType("createdAt", createdAt, Instant.class)
                .bind("maxTokenLifetimeSeconds", maxTokenLifetimeSeconds)
                .bind("publicKeysOnly", publicKeysOnly)
                .bind("jwksUrl", jwksUrl);
    }
}
