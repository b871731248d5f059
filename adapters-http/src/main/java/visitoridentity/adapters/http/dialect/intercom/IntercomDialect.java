package visitoridentity.adapters.http.dialect.intercom;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.DialectRoutes;

/**
 * Intercom's Messenger boot with its JWT: {@code POST /compat/intercom/{ws}/boot} {@code
 * {intercom_user_jwt, user_id, email, name, ...custom attributes}}, answered with the native
 * IdentityResult. The JWT is HS256 with a workspace signing key, and what it carries is verified.
 */
public final class IntercomDialect implements Dialect {
    @Override
    public String name() {
        return "intercom";
    }

    @Override
    public void register(DialectRoutes routes) {
        BootEndpoint boot = new BootEndpoint(routes.identifyVisitor());
        routes.identify(
                "/boot",
                "Boot Intercom's Messenger: {intercom_user_jwt, user_id, email, name, ...custom attributes};"
                        + " the HS256 JWT's user_id is the external id",
                boot::boot);
    }
}
