package visitoridentity.application.token;

import java.time.Clock;
import java.util.List;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;

/** See {@link ManagePublicKeysUseCase}. */
public final class ManagePublicKeys implements ManagePublicKeysUseCase {
    private final WorkspaceRepository workspaces;
    private final PublicKeyRepository publicKeys;
    private final Transactions transactions;
    private final Clock clock;

    public ManagePublicKeys(
            WorkspaceRepository workspaces, PublicKeyRepository publicKeys, Transactions transactions, Clock clock) {
        this.workspaces = workspaces;
        this.publicKeys = publicKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RegisteredPublicKey register(WorkspaceId workspaceId, String kid, String jwk) {
        RegisteredPublicKey key = new RegisteredPublicKey(kid, jwk, clock.instant());
        return transactions.inTransaction(() -> {
            requireWorkspace(workspaceId);
            if (publicKeys.find(workspaceId, kid).isPresent()) {
                throw new InvalidFieldException(
                        "kid", "is already registered in this workspace: delete that key first, or choose another kid");
            }
            publicKeys.insert(workspaceId, key);
            return key;
        });
    }

    @Override
    public List<RegisteredPublicKey> list(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            requireWorkspace(workspaceId);
            return publicKeys.findByWorkspace(workspaceId);
        });
    }

    @Override
    public void remove(WorkspaceId workspaceId, String kid) {
        transactions.inTransaction(() -> {
            requireWorkspace(workspaceId);
            if (!publicKeys.delete(workspaceId, kid)) {
                throw new NotFoundException("public key", kid);
            }
            return null;
        });
    }

    private void requireWorkspace(WorkspaceId workspaceId) {
        if (workspaces.findById(workspaceId).isEmpty()) {
            throw new NotFoundException("workspace", workspaceId.value());
        }
    }
}
