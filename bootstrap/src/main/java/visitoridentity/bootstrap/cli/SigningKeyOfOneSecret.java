package visitoridentity.bootstrap.cli;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/** A read-only key ring of one secret given on the command line, so {@code sign} needs no database. */
final class SigningKeyOfOneSecret implements SigningKeyRepository {
    private final SigningKeyRing keys;

    SigningKeyOfOneSecret(SigningSecret secret, Instant now) {
        this.keys = SigningKeyRing.of(secret, now);
    }

    @Override
    public Optional<SigningKeyRing> findByWorkspace(WorkspaceId workspaceId) {
        return Optional.of(keys);
    }

    @Override
    public void save(WorkspaceId workspaceId, SigningKeyRing keyRing) {
        throw new UnsupportedOperationException("a key given on the command line is not stored");
    }
}
