package visitoridentity.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/**
 * Stores visitors and which visitor each anonymous id (device) resolves to (their visitor tokens are
 * {@link VisitorTokenRepository}'s). Every
 * operation is scoped to one workspace: nothing here can return another workspace's row.
 */
public interface VisitorRepository {
    Optional<Visitor> findById(WorkspaceId workspaceId, VisitorId id);

    Optional<Visitor> findByAnonymousId(WorkspaceId workspaceId, AnonymousId anonymousId);

    /** Only a trusted (verified or DISABLED-mode) external id is unique and findable here. */
    Optional<Visitor> findByTrustedExternalId(WorkspaceId workspaceId, ExternalId externalId);

    /** Visitors in ascending id order, after the cursor, matching the optional filters. */
    List<Visitor> find(WorkspaceId workspaceId, VisitorQuery query);

    List<Visitor> findByContact(WorkspaceId workspaceId, ContactId contactId);

    /**
     * Inserts a new visitor with its one anonymous id ({@code device}), whose live visitor token has
     * the given hash, issued and last used at the visitor's creation (see {@link VisitorTokenRepository}).
     */
    void start(Visitor visitor, AnonymousId device, SecretHash tokenHash);

    /**
     * Inserts a visitor without devices (a device then moves to it with {@link #moveDevice}). Throws
     * {@link ConcurrentUpdateException} when its trusted external id was taken meanwhile.
     */
    void insert(Visitor visitor);

    /**
     * Saves a visitor whose {@code version} is the one it was read with, and returns it with the
     * next version; its devices are not touched. Throws {@link ConcurrentUpdateException} when the
     * stored version moved on or a unique claim was taken.
     */
    Visitor update(Visitor visitor);

    /** The device resolves to {@code visitorId} from now on, keeping its token and when it was last seen. */
    void moveDevice(WorkspaceId workspaceId, AnonymousId device, VisitorId visitorId);

    /** Moves every device of {@code absorbed} to {@code into}, then deletes {@code absorbed} (a merge). */
    void mergeInto(WorkspaceId workspaceId, VisitorId absorbed, VisitorId into);

    /**
     * The anonymous ids of each of the visitors, in the order they were first stored: an entry for
     * every visitor asked for, empty for one that is unknown or has none.
     */
    Map<VisitorId, List<AnonymousId>> anonymousIdsOf(WorkspaceId workspaceId, List<VisitorId> visitorIds);

    /** The visitor's devices with when each was last seen, in the order they joined it; empty for an unknown visitor. */
    List<SeenDevice> devicesOf(WorkspaceId workspaceId, VisitorId visitorId);

    /** Stamps the device as seen at {@code now}: the device seen longest ago is the first evicted. */
    void markSeen(WorkspaceId workspaceId, AnonymousId anonymousId, Instant now);

    /**
     * Deletes the devices of the visitor beyond the {@code max} seen most recently ({@code kept}
     * always stays), with their tokens, and returns their anonymous ids, oldest last.
     */
    List<AnonymousId> evictBeyond(WorkspaceId workspaceId, VisitorId visitorId, AnonymousId kept, int max);

    /** Deletes the visitor, its remaining anonymous ids and their tokens. */
    void delete(WorkspaceId workspaceId, VisitorId id);
}
