package visitoridentity.application.sign;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/**
 * The identity to put in a token: the external id (its {@code sub}), optionally the email (then
 * marked verified), phone, name, the anonymous id it is bound to (its {@code nonce}: the token then
 * works only on that device), and how long it lives (default 10 minutes, at most the workspace's
 * {@code maxTokenLifetime}).
 */
public record MintIdentityTokenCommand(
        WorkspaceId workspaceId,
        String externalId,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> name,
        Optional<String> anonymousId,
        Optional<Duration> ttl) {
    public MintIdentityTokenCommand {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(anonymousId, "anonymousId");
        Objects.requireNonNull(ttl, "ttl");
    }
}
