package visitoridentity.adapters.http.dialect.chatbase;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

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
        IdentifyEndpoint identify = new IdentifyEndpoint(routes.identifyVisitor());
        ActionContextEndpoint actionContext = new ActionContextEndpoint(routes.resolveTrustedContext());
        routes.identify(
                "/identify",
                "Identify with Chatbase's payload {user_id, user_hash, user_metadata}; user_hash signs user_id",
                identify::identify);
        routes.get(
                "/action-context",
                "What a custom action may trust: {user_id, user_metadata}, user_id null unless trusted",
                actionContext::show);
    }
}
