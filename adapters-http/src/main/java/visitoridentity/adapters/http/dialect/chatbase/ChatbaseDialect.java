package visitoridentity.adapters.http.dialect.chatbase;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;
import visitoridentity.adapters.http.dialect.UserHashProtocol;

/**
 * Chatbase's {@code window.chatbase("identify", {user_id, user_hash, user_metadata})} and the
 * context its custom actions receive, under {@code /compat/chatbase/{ws}}.
 */
public final class ChatbaseDialect implements Dialect {
    @Override
    public String name() {
        return "chatbase";
    }

    @Override
    public void register(DialectRoutes routes) {
        UserHashProtocol.register(routes, "Chatbase");
    }
}
