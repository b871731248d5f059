package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code signing_keys} (without its workspace); {@code validUntil} is null for a key without an end. */
record SigningKeyRow(int position, boolean active, String kid, String secret, Instant createdAt, Instant validUntil) {
    static final String COLUMNS = "position, active, kid, secret, created_at, valid_until";
    static final String PARAMETERS = ":position, :active, :kid, :secret, :createdAt, :validUntil";

    static SigningKeyRow read(ResultSet row, StatementContext context) throws SQLException {
        return new SigningKeyRow(
                row.getInt("position"),
                row.getBoolean("active"),
                row.getString("kid"),
                row.getString("secret"),
                UtcTimestamps.read(row, "created_at"),
                UtcTimestamps.read(row, "valid_until"));
    }

    /** This row with its secret replaced by the text stored in its place (the sealed secret). */
    SigningKeyRow withSecret(String stored) {
        return new SigningKeyRow(position, active, kid, stored, createdAt, validUntil);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        return statement
                .bind("position", position)
                .bind("active", active)
                .bind("kid", kid)
                .bind("secret", secret)
                .bindByType("createdAt", createdAt, Instant.class)
                .bindByType("validUntil", validUntil, Instant.class);
    }

    @Override
    public String toString() {
        return "SigningKeyRow[position=" + position + ", kid=" + kid + ", secret=redacted]";
    }
}
