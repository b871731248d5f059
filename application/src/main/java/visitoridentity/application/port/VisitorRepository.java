package visitoridentity.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/**
 * Stores visitors with their anonymous ids (their visitor tokens are {@link VisitorTokenRepository}'s). Every
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
     * Inserts a new visitor with its one anonymous id, whose live visitor token has the given hash,
     * issued and last used at the visitor's creation (see {@link VisitorTokenRepository}).
     */
    void start(Visitor visitor, SecretHash tokenHash);

    /**
     * Inserts a visitor that takes over existing anonymous ids (an identity switch): every id it
     * lists now resolves to it. Throws {@link ConcurrentUpdateException} when its trusted external id
     * was taken meanwhile.
     */
    void insert(Visitor visitor);

    /**
     * Saves a visitor whose {@code version} is the one it was read with, and returns it with the
     * next version; every anonymous id it lists now resolves to it. Throws
     * {@link ConcurrentUpdateException} when the stored version moved on or a unique claim was taken.
     */
    Visitor update(Visitor visitor);

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
