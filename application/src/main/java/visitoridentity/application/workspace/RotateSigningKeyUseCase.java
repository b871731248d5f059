package visitoridentity.application.workspace;

import java.time.Duration;
import visitoridentity.domain.id.WorkspaceId;

/** A new active signing key; the previous one keeps verifying for the grace period (zero retires it at once). */
public interface RotateSigningKeyUseCase {
    RotatedSigningKey rotate(WorkspaceId workspaceId, Duration grace);
}
