package visitoridentity.application.erase;

import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Erases a visitor (GDPR): its record, its anonymous ids and their tokens go, its external id is
 * freed, and its contact goes too when no other visitor belongs to it.
 */
public interface EraseVisitorUseCase {
    void erase(WorkspaceId workspaceId, VisitorId visitorId);
}
