package visitoridentity.application.token;

import java.util.List;
import visitoridentity.application.port.RegisteredPublicKey;
import visitoridentity.domain.id.WorkspaceId;

/**
 * The public keys a workspace registers to verify the identity tokens its backend signs (RS256,
 * ES256, EdDSA). The JWK is checked by the adapter that reads it (it must be a public key of a type
 * one of those algorithms uses); here it is kept as given.
 */
public interface ManagePublicKeysUseCase {
    /** Registers the key; a kid the workspace already uses is refused. */
    RegisteredPublicKey register(WorkspaceId workspaceId, String kid, String jwk);

    /** The workspace's keys, in the order they were registered. */
    List<RegisteredPublicKey> list(WorkspaceId workspaceId);

    /** Removes the key: tokens signed with it stop verifying at once. */
    void remove(WorkspaceId workspaceId, String kid);
}
