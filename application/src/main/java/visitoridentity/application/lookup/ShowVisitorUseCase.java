package visitoridentity.application.lookup;

import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.visitor.VisitorId;
import visitoridentity.domain.workspace.WorkspaceId;

/** One visitor of a workspace, by id. */
public interface ShowVisitorUseCase {
    Visitor show(WorkspaceId workspaceId, VisitorId visitorId);
}
