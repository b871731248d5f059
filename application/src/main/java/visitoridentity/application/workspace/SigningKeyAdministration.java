package visitoridentity.application.workspace;

import java.time.Clock;
import java.time.Instant;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;

/** See {@link ShowSigningKeysUseCase} and {@link RevokeSigningKeyUseCase}. */
public final class SigningKeyAdministration implements ShowSigningKeysUseCase, RevokeSigningKeyUseCase {
    private final SigningKeyRepository signingKeys;
    private final Transactions transactions;
    private final Clock clock;

    public SigningKeyAdministration(SigningKeyRepository signingKeys, Transactions transactions, Clock clock) {
        this.signingKeys = signingKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SigningKeys show(WorkspaceId workspaceId) {
        return verifyingNow(ring(workspaceId));
    }

    @Override
    public SigningKeys revoke(WorkspaceId workspaceId, String kid) {
        return transactions.inTransaction(() -> {
            SigningKeyRing revoked = ring(workspaceId).revoke(kid);
            signingKeys.save(workspaceId, revoked);
            return verifyingNow(revoked);
        });
    }

    private SigningKeyRing ring(WorkspaceId workspaceId) {
        return signingKeys
                .findByWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("workspace", workspaceId.value()));
    }

    private SigningKeys verifyingNow(SigningKeyRing ring) {
        Instant now = clock.instant();
        return new SigningKeys(
                ring.active(),
                ring.previous().stream().filter(key -> key.verifiesAt(now)).toList());
    }
}
