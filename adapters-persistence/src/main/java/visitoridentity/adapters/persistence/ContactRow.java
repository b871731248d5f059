package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code contacts}. */
record ContactRow(String workspaceId, String id, String email, Instant createdAt) {
    static final String COLUMNS = "workspace_id, id, email, created_at";
    static final String PARAMETERS = ":workspaceId, :id, :email, :createdAt";

    static ContactRow read(ResultSet row, StatementContext context) throws SQLException {
        return new ContactRow(
                row.getString("workspace_id"),
                row.getString("id"),
                row.getString("email"),
                UtcTimestamps.read(row, "created_at"));
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        return statement
                .bind("workspaceId", workspaceId)
                .bind("id", id)
                .bind("email", email)
                .bindByType("createdAt", createdAt, Instant.class);
    }

    @Override
    public String toString() {
        return "ContactRow[workspaceId=" + workspaceId + ", id=" + id + "]";
    }
}
