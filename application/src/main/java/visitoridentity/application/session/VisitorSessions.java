package visitoridentity.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.RevokedVisitorToken;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.error.VisitorIdentityException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/**
 * Resolves a browser's visitor token to its workspace, its anonymous id and the visitor that id
 * resolves to, after checking that the token is live and within its {@link SessionLifetime}; records
 * the token's use, and so the device's last-seen time, at most once a minute.
 */
public final class VisitorSessions {
    private final WorkspaceRepository workspaces;
    private final VisitorRepository visitors;
    private final VisitorTokenRepository tokens;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public VisitorSessions(
            WorkspaceRepository workspaces,
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            SessionLifetime lifetime,
            Clock clock) {
        this.workspaces = workspaces;
        this.visitors = visitors;
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Session resolve(VisitorCredentials credentials) {
        Workspace workspace = workspaces
                .findById(credentials.workspaceId())
                .orElseThrow(() -> new NotFoundException(
                        "workspace", credentials.workspaceId().value()));
        SecretHash tokenHash = SecretHash.of(credentials.visitorToken());
        LiveVisitorToken token = tokens.findLive(workspace.id(), tokenHash)
                .orElseThrow(() -> refusal(tokens.findRevoked(workspace.id(), tokenHash)));
        Instant now = clock.instant();
        lifetime.requireUnexpired(token, now);
        if (lifetime.isUseStale(token, now)) {
            recordUse(workspace.id(), tokenHash, now);
        }
        Visitor visitor = visitors.findByAnonymousId(workspace.id(), token.anonymousId())
                .orElseThrow(() -> new UnauthorizedException("the visitor token is not valid for this workspace"));
        return new Session(workspace, token.anonymousId(), visitor, tokenHash);
    }

    /** Why a token that is not live is refused: revoked (and why), or never known here. */
    static VisitorIdentityException refusal(Optional<RevokedVisitorToken> revoked) {
        if (revoked.isEmpty()) {
            return new UnauthorizedException("the visitor token is not valid for this workspace");
        }
        return new SessionRevokedException(
                switch (revoked.get().reason()) {
                    case LOGOUT -> "the visitor token was logged out; start a new visitor";
                    case ADMIN -> "the visitor token was revoked by an administrator; start a new visitor";
                    case ROTATION ->
                        "the visitor token was replaced when this device moved to another visitor;"
                                + " use the token that identify answered with";
                    case ERASURE -> "the visitor was erased; start a new visitor";
                });
    }

    private void recordUse(WorkspaceId workspaceId, SecretHash tokenHash, Instant now) {
        try {
            tokens.recordUse(workspaceId, tokenHash, now, now.minus(SessionLifetime.RECORD_USE_EVERY));
        } catch (ConcurrentUpdateException recordedMeanwhile) {
            // Another call with this token wrote its use in the same moment (H2 refuses the second
            // writer of a row); the use is recorded, which is all this write is for.
        }
    }

    /** A resolved browser session; {@code tokenHash} is the hash of the token it was opened with. */
    public record Session(Workspace workspace, AnonymousId anonymousId, Visitor visitor, SecretHash tokenHash) {}
}
