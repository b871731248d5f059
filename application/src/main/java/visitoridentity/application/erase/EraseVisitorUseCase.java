package visitoridentity.application.erase;

import visitoridentity.domain.visitor.VisitorId;
import visitoridentity.domain.workspace.WorkspaceId;

/**
 * Erases a visitor (GDPR): its record, its anonymous ids and their tokens go, its external id is
 * freed, and its contact goes too when no other visitor belongs to it.
 */
public interface EraseVisitorUseCase {
    void erase(WorkspaceId workspaceId, VisitorId visitorId);
}
