package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** The visitor an anonymous id resolves to, as read from {@code anonymous_ids}. */
record AnonymousIdRow(String visitorId, String anonymousId) {
    static AnonymousIdRow read(ResultSet row, StatementContext context) throws SQLException {
        return new AnonymousIdRow(row.getString("visitor_id"), row.getString("anonymous_id"));
    }
}
