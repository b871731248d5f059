package visitoridentity.application.lookup;

import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** One visitor of a workspace, by id. */
public interface ShowVisitorUseCase {
    Visitor show(WorkspaceId workspaceId, VisitorId visitorId);
}
