package visitoridentity.adapters.persistence;

import java.util.UUID;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/** Ids no other stack or test run makes, for several application stacks sharing one database. */
final class UniqueIdentifiers implements IdentifierGenerator {
    @Override
    public WorkspaceId newWorkspaceId() {
        return WorkspaceId.of("ws_" + unique());
    }

    @Override
    public VisitorId newVisitorId() {
        return VisitorId.of("v_" + unique());
    }

    @Override
    public AnonymousId newAnonymousId() {
        return AnonymousId.of("anon_" + unique());
    }

    @Override
    public ContactId newContactId() {
        return ContactId.of("c_" + unique());
    }

    @Override
    public String newTokenId() {
        return "jti_" + unique();
    }

    @Override
    public String newEventId() {
        return "evt_" + unique();
    }

    @Override
    public String newWebhookId() {
        return "wh_" + unique();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
