package visitoridentity.application.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** See {@link RotateSigningKeyUseCase}. A rotation is recorded as a {@code signing-key.rotated} event (no secret in it). */
public final class RotateSigningKey implements RotateSigningKeyUseCase {
    private final SigningKeyRepository signingKeys;
    private final SecretGenerator secrets;
    private final Transactions transactions;
    private final Clock clock;
    private final IdentityEventRepository events;
    private final IdentityEvents eventsOf;

    public RotateSigningKey(
            SigningKeyRepository signingKeys,
            SecretGenerator secrets,
            Transactions transactions,
            Clock clock,
            IdentityEventRepository events,
            IdentityEvents eventsOf) {
        this.signingKeys = signingKeys;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.eventsOf = eventsOf;
    }

    @Override
    public RotatedSigningKey rotate(RotateSigningKeyCommand command) {
        WorkspaceId workspaceId = command.workspaceId();
        Duration grace = command.grace();
        return transactions.inTransaction(() -> {
            SigningKeyRing keys = signingKeys
                    .findByWorkspace(workspaceId)
                    .orElseThrow(() -> new NotFoundException("workspace", workspaceId.value()));
            Instant now = clock.instant();
            SigningSecret next = command.importedSecret().orElseGet(secrets::newSigningSecret);
            SigningKeyRing rotated = keys.rotate(next, now, grace);
            signingKeys.save(workspaceId, rotated);
            events.append(List.of(eventsOf.signingKeyRotated(
                    workspaceId, grace.toSeconds(), rotated.verifyingAt(now).size() - 1, now)));
            return new RotatedSigningKey(next, now.plus(grace), rotated);
        });
    }
}
