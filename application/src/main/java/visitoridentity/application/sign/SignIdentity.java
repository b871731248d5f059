package visitoridentity.application.sign;

import java.util.Optional;
import java.util.function.Function;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.signature.AnonymousIdValue;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SignedPayload;
import visitoridentity.domain.signature.SigningKey;

/** See {@link SignIdentityUseCase}: each claim is signed as given, with the active key. */
public final class SignIdentity implements SignIdentityUseCase {
    private final SigningKeyRepository signingKeys;

    public SignIdentity(SigningKeyRepository signingKeys) {
        this.signingKeys = signingKeys;
    }

    @Override
    public IdentitySignatures sign(SignIdentityCommand command) {
        SigningKey key = signingKeys
                .findByWorkspace(command.workspaceId())
                .orElseThrow(() ->
                        new NotFoundException("workspace", command.workspaceId().value()))
                .active();
        Function<String, SignedPayload> plain = value -> new PlainValue(value, Optional.empty());
        return new IdentitySignatures(
                signed(key, command.externalId().map(plain)),
                signed(key, command.email().map(plain)),
                signed(key, command.phone().map(plain)),
                signed(key, command.anonymousId().map(AnonymousId::of).map(AnonymousIdValue::new)));
    }

    private static Optional<String> signed(SigningKey key, Optional<SignedPayload> payload) {
        return payload.map(p -> HmacSha256.sign(key, p));
    }
}
