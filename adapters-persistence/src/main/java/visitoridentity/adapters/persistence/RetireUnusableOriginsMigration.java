package visitoridentity.adapters.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 3.2: replaces the allowed origins that versions before it accepted but no browser can
 * send (port 0, or above 65535) by {@value #UNUSABLE}, an origin under the reserved {@code .invalid}
 * domain. They never matched a request, and the stricter rule would now refuse to read the
 * workspace that holds them; deleting them instead could leave an empty list, which allows every
 * origin. Origins with a default port ({@code https://h:443}) are kept: they are read in the
 * browser's form.
 */
final class RetireUnusableOriginsMigration extends JavaMigrationAt {
    static final String UNUSABLE = "https://unusable-origin.invalid";
    private static final int MAX_PORT = 65_535;

    RetireUnusableOriginsMigration() {
        super("3.2", "retire unusable allowed origins");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> unusable = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("SELECT workspace_id, position, origin FROM workspace_allowed_origins")) {
            while (rows.next()) {
                if (!usable(rows.getString(3))) {
                    unusable.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        try (PreparedStatement retire = connection.prepareStatement(
                "UPDATE workspace_allowed_origins SET origin = ? WHERE workspace_id = ? AND position = ?")) {
            for (String[] row : unusable) {
                retire.setString(1, UNUSABLE);
                retire.setString(2, row[0]);
                retire.setInt(3, Integer.parseInt(row[1]));
                retire.addBatch();
            }
            retire.executeBatch();
        }
    }

    private static boolean usable(String origin) {
        try {
            URI uri = new URI(origin);
            return uri.getPort() == -1
                    ? !uri.getRawAuthority().endsWith(":")
                    : uri.getPort() >= 1 && uri.getPort() <= MAX_PORT;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }
}
