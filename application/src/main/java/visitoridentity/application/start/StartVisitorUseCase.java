package visitoridentity.application.start;

import visitoridentity.domain.id.WorkspaceId;

/** A widget starts: a new anonymous visitor and the bearer token its browser will use. */
public interface StartVisitorUseCase {
    StartedVisitor start(WorkspaceId workspaceId);
}
