package visitoridentity.adapters.http.dialect.nexvio;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.UserHashDialectContract;

/** Nexvio's identify and action context, on {@code /compat/nexvio/{ws}}. */
class NexvioDialectTest extends UserHashDialectContract {
    @Override
    protected Dialect dialect() {
        return new NexvioDialect();
    }
}
