package visitoridentity.adapters.http.dialect.nexvio;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;
import visitoridentity.adapters.http.dialect.UserHashProtocol;

/**
 * Nexvio's identify call {@code {user_id, user_hash, user_metadata}} and the context its custom
 * actions receive, under {@code /compat/nexvio/{ws}}: Chatbase's protocol ({@link UserHashProtocol})
 * today; it is its own package so that either can follow its vendor without the other.
 */
public final class NexvioDialect implements Dialect {
    @Override
    public String name() {
        return "nexvio";
    }

    @Override
    public void register(DialectRoutes routes) {
        UserHashProtocol.register(routes, "Nexvio");
    }
}
