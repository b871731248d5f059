package visitoridentity.application.sign;

import java.util.Objects;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;

/** One claim as the integrator's backend sent it, and the signature it computed for it. */
public record CheckSignatureCommand(WorkspaceId workspaceId, SignedClaim claim, String value, String signature) {
    public CheckSignatureCommand {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(claim, "claim");
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException("value", "must not be empty");
        }
        if (signature == null || signature.isEmpty()) {
            throw new InvalidFieldException("signature", "must not be empty");
        }
    }
}
