package visitoridentity.application.lookup;

import java.util.List;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/** One visitor of a workspace, by id, and its devices. */
public interface ShowVisitorUseCase {
    Visitor show(WorkspaceId workspaceId, VisitorId visitorId);

    /** The visitor's devices with when each was last seen ({@code not-found} for an unknown visitor). */
    List<SeenDevice> devices(WorkspaceId workspaceId, VisitorId visitorId);
}
