package visitoridentity.application.session;

import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/** Resolves a browser's visitor token to its workspace, its anonymous id and the visitor that id resolves to. */
public final class VisitorSessions {
    private final WorkspaceRepository workspaces;
    private final VisitorRepository visitors;

    public VisitorSessions(WorkspaceRepository workspaces, VisitorRepository visitors) {
        this.workspaces = workspaces;
        this.visitors = visitors;
    }

    public Session resolve(VisitorCredentials credentials) {
        Workspace workspace = workspaces
                .findById(credentials.workspaceId())
                .orElseThrow(() -> new NotFoundException(
                        "workspace", credentials.workspaceId().value()));
        AnonymousId anonymousId = visitors.findAnonymousIdByToken(
                        workspace.id(), SecretHash.of(credentials.visitorToken()))
                .orElseThrow(() -> new UnauthorizedException("the visitor token is not valid for this workspace"));
        Visitor visitor = visitors.findByAnonymousId(workspace.id(), anonymousId)
                .orElseThrow(() -> new UnauthorizedException("the visitor token is not valid for this workspace"));
        return new Session(workspace, anonymousId, visitor);
    }

    /** A resolved browser session. */
    public record Session(Workspace workspace, AnonymousId anonymousId, Visitor visitor) {}
}
