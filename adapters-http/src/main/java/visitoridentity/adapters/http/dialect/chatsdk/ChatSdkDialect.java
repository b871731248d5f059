package visitoridentity.adapters.http.dialect.chatsdk;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * The chat SDK's {@code identify({name, email, externalId, metadata, hmac})}, where the hmac signs
 * the visitor's anonymous id: {@code POST /compat/chatsdk/{ws}/identify}, answered with the SDK's
 * own IdentityResult shape and its own error messages.
 */
public final class ChatSdkDialect implements Dialect {
    @Override
    public String name() {
        return "chatsdk";
    }

    @Override
    public void register(DialectRoutes routes) {
        IdentifyEndpoint identify = new IdentifyEndpoint(routes.identifyVisitor());
        routes.identify(
                "/identify",
                "Identify with the chat SDK's payload {name, email, externalId, metadata, hmac}; hmac signs"
                        + " the anonymous id",
                identify::identify);
    }
}
