package visitoridentity.application.lookup;

import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

/** One contact of a workspace, with the visitors that belong to it. */
public interface ShowContactUseCase {
    ContactView show(WorkspaceId workspaceId, ContactId contactId);
}
