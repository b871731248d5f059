package visitoridentity.adapters.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.visitor.Visitor;

/**
 * What one transaction already read and may use again instead of asking the database twice; it is
 * forgotten when the transaction ends: the visitor a live token's lookup read along with the token
 * (one statement resolves a session), handed out once to the next {@code findByAnonymousId} of that
 * device. Any write to visitors or anonymous ids in the transaction forgets it.
 */
final class TransactionReads {
    private final Map<String, Visitor> visitorsByDevice = new HashMap<>();

    void readWithToken(WorkspaceId workspaceId, AnonymousId anonymousId, Visitor visitor) {
        visitorsByDevice.put(key(workspaceId.value(), anonymousId.value()), visitor);
    }

    /** The visitor read with the device's token in this transaction, once. */
    Optional<Visitor> takeVisitorOf(WorkspaceId workspaceId, AnonymousId anonymousId) {
        return Optional.ofNullable(visitorsByDevice.remove(key(workspaceId.value(), anonymousId.value())));
    }

    void forget() {
        visitorsByDevice.clear();
    }

    private static String key(String workspaceId, String id) {
        return workspaceId + "/" + id;
    }
}
