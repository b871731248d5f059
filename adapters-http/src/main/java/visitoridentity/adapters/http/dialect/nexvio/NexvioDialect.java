package visitoridentity.adapters.http.dialect.nexvio;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * Nexvio's identify call {@code {user_id, user_hash, user_metadata}} and the context its custom
 * actions receive, under {@code /compat/nexvio/{ws}}. Its wire format and semantics are Chatbase's
 * today; it is its own package so that either can follow its vendor without the other.
 */
public final class NexvioDialect implements Dialect {
    @Override
    public String name() {
        return "nexvio";
    }

    @Override
    public void register(DialectRoutes routes) {
        IdentifyEndpoint identify = new IdentifyEndpoint(routes.identifyVisitor());
        ActionContextEndpoint actionContext = new ActionContextEndpoint(routes.resolveTrustedContext());
        routes.identify(
                "/identify",
                "Identify with Nexvio's payload {user_id, user_hash, user_metadata}; user_hash signs user_id",
                identify::identify);
        routes.get(
                "/action-context",
                "What a custom action may trust: {user_id, user_metadata}, user_id null unless trusted",
                actionContext::show);
    }
}
