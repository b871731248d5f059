package visitoridentity.adapters.http.dialect.repai;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * Rep.ai's {@code RepAI("identify", id, data)} with its backend's hash: {@code POST
 * /compat/repai/{ws}/identify} {@code {id, data, hash}}, answered with the native IdentityResult.
 */
public final class RepaiDialect implements Dialect {
    @Override
    public String name() {
        return "repai";
    }

    @Override
    public void register(DialectRoutes routes) {
        IdentifyEndpoint identify = new IdentifyEndpoint(routes.identifyVisitor());
        routes.identify(
                "/identify",
                "Identify with Rep.ai's payload {id, data, hash}; the hash signs {\"id\":...,\"email\":...}",
                identify::identify);
    }
}
