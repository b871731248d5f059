package visitoridentity.application.lookup;

import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

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
