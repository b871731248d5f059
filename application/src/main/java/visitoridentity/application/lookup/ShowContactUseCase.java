package visitoridentity.application.lookup;

import visitoridentity.domain.contact.ContactId;
import visitoridentity.domain.workspace.WorkspaceId;

/** One contact of a workspace, with the visitors that belong to it. */
public interface ShowContactUseCase {
    ContactView show(WorkspaceId workspaceId, ContactId contactId);
}
