package visitoridentity.application.lookup;

import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.visitor.VisitorId;
import visitoridentity.domain.workspace.WorkspaceId;

/** See {@link ShowVisitorUseCase}. */
public final class ShowVisitor implements ShowVisitorUseCase {
    private final VisitorRepository visitors;

    public ShowVisitor(VisitorRepository visitors) {
        this.visitors = visitors;
    }

    @Override
    public Visitor show(WorkspaceId workspaceId, VisitorId visitorId) {
        return visitors.findById(workspaceId, visitorId)
                .orElseThrow(() -> new NotFoundException("visitor", visitorId.value()));
    }
}
