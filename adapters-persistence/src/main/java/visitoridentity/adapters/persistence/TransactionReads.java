package visitoridentity.adapters.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * What one transaction already read and may use again instead of asking the database twice; it is
 * forgotten when the transaction ends. Two things are kept:
 *
 * <ul>
 *   <li>the visitor a live token's lookup read along with the token (one statement resolves a
 *       session), handed out once to the next {@code findByAnonymousId} of that device;
 *   <li>the anonymous ids a visitor had at the version it was read at. An update that still lists
 *       exactly those ids and passes the version check changes no device's owner (taking an id from
 *       a visitor moves that visitor to its next version), so it needs neither the ownership check
 *       nor a read of what it saved.
 * </ul>
 *
 * Any other write to visitors or anonymous ids in the transaction forgets both.
 */
final class TransactionReads {
    private final Map<String, Visitor> visitorsByDevice = new HashMap<>();
    private final Map<String, List<AnonymousId>> devicesByVisitorVersion = new HashMap<>();

    void readWithToken(WorkspaceId workspaceId, AnonymousId anonymousId, Visitor visitor) {
        visitorsByDevice.put(key(workspaceId.value(), anonymousId.value()), visitor);
        read(visitor);
    }

    /** The visitor read with the device's token in this transaction, once. */
    Optional<Visitor> takeVisitorOf(WorkspaceId workspaceId, AnonymousId anonymousId) {
        return Optional.ofNullable(visitorsByDevice.remove(key(workspaceId.value(), anonymousId.value())));
    }

    void read(Visitor visitor) {
        devicesByVisitorVersion.put(
                versionKey(visitor.workspaceId(), visitor.id(), visitor.version()), visitor.anonymousIds());
    }

    /** The anonymous ids the visitor had when it was read at this version in this transaction. */
    Optional<List<AnonymousId>> devicesAt(WorkspaceId workspaceId, VisitorId visitorId, long version) {
        return Optional.ofNullable(devicesByVisitorVersion.get(versionKey(workspaceId, visitorId, version)));
    }

    void forget() {
        visitorsByDevice.clear();
        devicesByVisitorVersion.clear();
    }

    private static String versionKey(WorkspaceId workspaceId, VisitorId visitorId, long version) {
        return key(workspaceId.value(), visitorId.value()) + "@" + version;
    }

    private static String key(String workspaceId, String id) {
        return workspaceId + "/" + id;
    }
}
