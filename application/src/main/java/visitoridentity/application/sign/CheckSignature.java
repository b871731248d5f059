package visitoridentity.application.sign;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.sign.SignatureCheckReport.MatchedKey;
import visitoridentity.application.sign.SignatureCheckReport.Outcome;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningKeyRing;

/**
 * See {@link CheckSignatureUseCase}. Tries every key that verifies now over the normal form, then
 * over the value as sent when that differs, and reports the first match (normal form first, active
 * key first).
 */
public final class CheckSignature implements CheckSignatureUseCase {
    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");

    private final SigningKeyRepository signingKeys;
    private final Clock clock;

    public CheckSignature(SigningKeyRepository signingKeys, Clock clock) {
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    @Override
    public SignatureCheckReport check(CheckSignatureCommand command) {
        String normalForm = command.claim().normalForm(command.value());
        SigningKeyRing ring = signingKeys
                .findByWorkspace(command.workspaceId())
                .orElseThrow(() ->
                        new NotFoundException("workspace", command.workspaceId().value()));
        if (!HEX_SIGNATURE.matcher(command.signature()).matches()) {
            return new SignatureCheckReport(false, Outcome.MALFORMED, normalForm, Optional.empty());
        }
        byte[] signature = HexFormat.of().parseHex(command.signature());
        List<SigningKey> keys = ring.verifyingAt(clock.instant());
        Optional<SigningKey> overNormalForm = matching(keys, normalForm, signature);
        if (overNormalForm.isPresent()) {
            return new SignatureCheckReport(
                    true, Outcome.VERIFIED_NORMAL_FORM, normalForm, overNormalForm.map(key -> describe(ring, key)));
        }
        if (!command.value().equals(normalForm)) {
            Optional<SigningKey> overAsSent = matching(keys, command.value(), signature);
            if (overAsSent.isPresent()) {
                return new SignatureCheckReport(
                        false, Outcome.MATCHED_AS_SENT_ONLY, normalForm, overAsSent.map(key -> describe(ring, key)));
            }
        }
        return new SignatureCheckReport(false, Outcome.NO_MATCH, normalForm, Optional.empty());
    }

    private static Optional<SigningKey> matching(List<SigningKey> keys, String value, byte[] signature) {
        PlainValue payload = PlainValue.of(value);
        return keys.stream()
                .filter(key -> MessageDigest.isEqual(HexFormat.of().parseHex(HmacSha256.sign(key, payload)), signature))
                .findFirst();
    }

    private static MatchedKey describe(SigningKeyRing ring, SigningKey key) {
        return new MatchedKey(key.kid(), key.kid().equals(ring.active().kid()), key.createdAt(), key.validUntil());
    }
}
