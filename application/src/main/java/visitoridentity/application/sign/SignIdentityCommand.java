package visitoridentity.application.sign;

import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/** The claims to sign, as the browser will send them. */
public record SignIdentityCommand(
        WorkspaceId workspaceId,
        Optional<String> externalId,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> anonymousId) {}
