package visitoridentity.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 3.1: seals every signing secret stored in clear by the versions before it (see {@link
 * SealedSecrets}), after widening the column for the sealed form (a 1024-character secret of
 * 4-byte characters is about 5,500 characters sealed). It runs once, in Flyway's transaction, with
 * the secrets key the server was started with.
 */
final class SealSigningSecretsMigration extends JavaMigrationAt {
    private final SealedSecrets sealed;
    private boolean sealedAny;

    SealSigningSecretsMigration(SealedSecrets sealed) {
        super("3.1", "seal signing secrets");
        this.sealed = sealed;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement widen = connection.createStatement()) {
            widen.execute("ALTER TABLE signing_keys ALTER COLUMN secret SET DATA TYPE varchar(8192)");
        }
        List<String[]> clear = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT workspace_id, position, secret FROM signing_keys")) {
            while (rows.next()) {
                clear.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE signing_keys SET secret = ? WHERE workspace_id = ? AND position = ?")) {
            for (String[] row : clear) {
                update.setString(1, sealed.seal(row[2], row[0]));
                update.setString(2, row[0]);
                update.setInt(3, Integer.parseInt(row[1]));
                update.addBatch();
            }
            update.executeBatch();
        }
        sealedAny = !clear.isEmpty();
    }

    /** True once this migration ran and sealed at least one secret that was stored in clear. */
    boolean sealedAny() {
        return sealedAny;
    }
}
