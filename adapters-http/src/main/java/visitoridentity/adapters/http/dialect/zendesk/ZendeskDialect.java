package visitoridentity.adapters.http.dialect.zendesk;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * Zendesk messaging's {@code loginUser} with its JWT: {@code POST /compat/zendesk/{ws}/login}
 * {@code {jwt}}, answered with the native IdentityResult. Every claim comes from the HS256 JWT, whose
 * header names the workspace signing key in {@code kid}.
 */
public final class ZendeskDialect implements Dialect {
    @Override
    public String name() {
        return "zendesk";
    }

    @Override
    public void register(DialectRoutes routes) {
        LoginEndpoint login = new LoginEndpoint(routes.identifyVisitor());
        routes.identify(
                "/login",
                "Log a user in with Zendesk messaging's {jwt}: HS256 with kid, claims external_id, name, email,"
                        + " email_verified, scope \"user\"",
                login::login);
    }
}
