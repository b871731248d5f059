package visitoridentity.adapters.http.dialect.chatbase;

import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.UserHashDialectContract;

/** Chatbase's identify and action context, on {@code /compat/chatbase/{ws}}. */
class ChatbaseDialectTest extends UserHashDialectContract {
    @Override
    protected Dialect dialect() {
        return new ChatbaseDialect();
    }
}
