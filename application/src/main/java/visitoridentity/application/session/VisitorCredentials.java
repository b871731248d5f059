package visitoridentity.application.session;

import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.id.WorkspaceId;

/** The workspace a browser calls and the visitor token it holds. */
public record VisitorCredentials(WorkspaceId workspaceId, String visitorToken) {
    public VisitorCredentials {
        if (visitorToken == null || visitorToken.isBlank()) {
            throw new UnauthorizedException("a visitor token is required");
        }
    }
}
