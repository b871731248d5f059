package visitoridentity.application.lookup;

import java.util.List;
import visitoridentity.application.port.SeenDevice;
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
    public List<SeenDevice> devices(WorkspaceId workspaceId, VisitorId visitorId) {
        List<SeenDevice> devices = visitors.devicesOf(workspaceId, visitorId);
        if (devices.isEmpty() && visitors.findById(workspaceId, visitorId).isEmpty()) {
            throw new NotFoundException("visitor", visitorId.value());
        }
        return devices;
    }

    @Override
    public Visitor show(WorkspaceId workspaceId, VisitorId visitorId) {
        return visitors.findById(workspaceId, visitorId)
                .orElseThrow(() -> new NotFoundException("visitor", visitorId.value()));
    }
}
