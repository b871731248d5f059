package visitoridentity.application.sign;

import java.util.Optional;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.AnonymousIdValue;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SignedPayload;
import visitoridentity.domain.signature.SigningKey;

/**
 * See {@link SignIdentityUseCase}: each claim is signed in its normal form (the only form that
 * verifies), with the active key. With the workspace's stored keys an anonymous id is signed only
 * when it is one of the workspace's, so the server's key is no oracle for arbitrary strings; with a
 * secret the caller holds ({@link #withOwnSecret}) it signs what it is given.
 */
public final class SignIdentity implements SignIdentityUseCase {
    private final SigningKeyRepository signingKeys;
    private final Optional<VisitorRepository> knownDevices;

    public SignIdentity(SigningKeyRepository signingKeys, VisitorRepository visitors) {
        this(signingKeys, Optional.of(visitors));
    }

    private SignIdentity(SigningKeyRepository signingKeys, Optional<VisitorRepository> knownDevices) {
        this.signingKeys = signingKeys;
        this.knownDevices = knownDevices;
    }

    /** Signs with keys the caller holds itself (the CLI's {@code --secret}): nothing to look up. */
    public static SignIdentity withOwnSecret(SigningKeyRepository callersKeys) {
        return new SignIdentity(callersKeys, Optional.empty());
    }

    @Override
    public IdentitySignatures sign(SignIdentityCommand command) {
        SigningKey key = signingKeys
                .findByWorkspace(command.workspaceId())
                .orElseThrow(() ->
                        new NotFoundException("workspace", command.workspaceId().value()))
                .active();
        Optional<AnonymousId> anonymousId = command.anonymousId().map(AnonymousId::of);
        anonymousId.ifPresent(id -> requireExisting(command.workspaceId(), id));
        return new IdentitySignatures(
                signed(
                        key,
                        command.externalId()
                                .map(raw -> PlainValue.of(ExternalId.of(raw).value()))),
                signed(
                        key,
                        command.email().map(raw -> PlainValue.of(Email.of(raw).value()))),
                signed(
                        key,
                        command.phone().map(raw -> PlainValue.of(Phone.of(raw).value()))),
                signed(key, anonymousId.map(AnonymousIdValue::new)));
    }

    private void requireExisting(WorkspaceId workspaceId, AnonymousId anonymousId) {
        boolean unknown = knownDevices
                .map(visitors ->
                        visitors.findByAnonymousId(workspaceId, anonymousId).isEmpty())
                .orElse(false);
        if (unknown) {
            throw new NotFoundException("anonymous id", anonymousId.value());
        }
    }

    private static Optional<String> signed(SigningKey key, Optional<SignedPayload> payload) {
        return payload.map(p -> HmacSha256.sign(key, p));
    }
}
