package visitoridentity.adapters.http.dialect.botbrains;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * botBrains' {@code user.identify} with a signature per claim: {@code POST
 * /compat/botbrains/{ws}/user.identify}, answered with the native IdentityResult.
 */
public final class BotbrainsDialect implements Dialect {
    @Override
    public String name() {
        return "botbrains";
    }

    @Override
    public void register(DialectRoutes routes) {
        UserIdentifyEndpoint identify = new UserIdentifyEndpoint(routes.identifyVisitor());
        routes.identify(
                "/user.identify",
                "Identify with botBrains' payload: external_id, email and phone, each with its own *_signature",
                identify::identify);
    }
}
