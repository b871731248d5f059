package visitoridentity.adapters.http;

import java.util.List;
import visitoridentity.adapters.http.dialect.Dialect;
import visitoridentity.adapters.http.dialect.botbrains.BotbrainsDialect;
import visitoridentity.adapters.http.dialect.chatbase.ChatbaseDialect;
import visitoridentity.adapters.http.dialect.chatsdk.ChatSdkDialect;
import visitoridentity.adapters.http.dialect.intercom.IntercomDialect;
import visitoridentity.adapters.http.dialect.nexvio.NexvioDialect;
import visitoridentity.adapters.http.dialect.repai.RepaiDialect;
import visitoridentity.adapters.http.dialect.zendesk.ZendeskDialect;

/**
 * The vendor dialects this server ships, to hand to {@link HttpApi}. A new vendor is one package
 * {@code visitoridentity.adapters.http.dialect.<vendor>} and one line here. It lives beside
 * {@code HttpApi} rather than in the extension point's package, which every dialect depends on: a
 * list there would make the extension point depend on its dialects, a package cycle.
 */
public final class Dialects {
    private Dialects() {}

    public static List<Dialect> all() {
        return List.of(
                new RepaiDialect(),
                new ChatbaseDialect(),
                new NexvioDialect(),
                new BotbrainsDialect(),
                new ChatSdkDialect(),
                new IntercomDialect(),
                new ZendeskDialect());
    }
}
