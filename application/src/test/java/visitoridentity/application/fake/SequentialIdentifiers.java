package visitoridentity.application.fake;

import java.util.concurrent.atomic.AtomicLong;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/** Readable, predictable ids for tests: {@code ws_1}, {@code v_000002}, {@code anon_3}, {@code c_4}. */
public final class SequentialIdentifiers implements IdentifierGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public WorkspaceId newWorkspaceId() {
        return WorkspaceId.of("ws_" + next.incrementAndGet());
    }

    @Override
    public VisitorId newVisitorId() {
        return VisitorId.of(String.format("v_%06d", next.incrementAndGet()));
    }

    @Override
    public AnonymousId newAnonymousId() {
        return AnonymousId.of("anon_" + next.incrementAndGet());
    }

    @Override
    public ContactId newContactId() {
        return ContactId.of("c_" + next.incrementAndGet());
    }

    @Override
    public String newTokenId() {
        return "jti_" + next.incrementAndGet();
    }

    @Override
    public String newEventId() {
        return "evt_" + next.incrementAndGet();
    }

    @Override
    public String newWebhookId() {
        return "wh_" + next.incrementAndGet();
    }
}
