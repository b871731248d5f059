package visitoridentity.application.workspace;

import java.time.Duration;
import java.util.Optional;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningSecret;

/**
 * Rotate a workspace's signing key: the previous key keeps verifying for {@code grace} (0 to 30
 * days; zero retires it at once). The new key is generated, or {@code importedSecret} when a site
 * brings the secret its backend already signs with (moving from another vendor).
 */
public record RotateSigningKeyCommand(WorkspaceId workspaceId, Duration grace, Optional<SigningSecret> importedSecret) {
    /** A previous key may keep verifying for at most 30 days. */
    public static final Duration MAX_GRACE = Duration.ofDays(30);

    public RotateSigningKeyCommand {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new InvalidFieldException("graceSeconds", "must be between 0 and 2592000 (30 days)");
        }
    }

    public static RotateSigningKeyCommand withNewSecret(WorkspaceId workspaceId, Duration grace) {
        return new RotateSigningKeyCommand(workspaceId, grace, Optional.empty());
    }
}
