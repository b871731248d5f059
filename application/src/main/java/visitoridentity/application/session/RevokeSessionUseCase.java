package visitoridentity.application.session;

import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/** Ends visitor sessions: the browser's own (logout), or every one of a visitor (an administrator). */
public interface RevokeSessionUseCase {
    /**
     * Revokes the calling token: every later use of it is {@code session-revoked}. The device's
     * anonymous id stays with its visitor. An expired token may still be logged out.
     */
    void logout(VisitorCredentials credentials);

    /** Revokes the live token of every device of the visitor, for instance after an account compromise. */
    void revokeAll(WorkspaceId workspaceId, VisitorId visitorId);
}
