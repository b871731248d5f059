package visitoridentity.application.port;

import visitoridentity.domain.contact.ContactId;
import visitoridentity.domain.visitor.AnonymousId;
import visitoridentity.domain.visitor.VisitorId;
import visitoridentity.domain.workspace.WorkspaceId;

/** New unique identifiers (not secrets). */
public interface IdentifierGenerator {
    WorkspaceId newWorkspaceId();

    VisitorId newVisitorId();

    AnonymousId newAnonymousId();

    ContactId newContactId();
}
