package visitoridentity.adapters.http.nativeapi;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.sign.CheckSignatureCommand;
import visitoridentity.application.sign.CheckSignatureUseCase;
import visitoridentity.application.sign.SignatureCheckReport;
import visitoridentity.application.sign.SignatureCheckReport.MatchedKey;
import visitoridentity.application.sign.SignedClaim;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * {@code POST /v1/workspaces/{ws}/signature-checks}: the integration check's signature tester. Body
 * {@code {claim, value, signature}} with {@code claim} one of {@code externalId}, {@code email},
 * {@code phone}, {@code anonymousId}; always {@code 200} with the verdict, since a signature that
 * fails is the answer, not an error. An invalid value is {@code invalid-field} on {@code value}.
 */
final class SignatureCheckEndpoint {
    private static final Map<String, SignedClaim> CLAIMS = Map.of(
            "externalId", SignedClaim.EXTERNAL_ID,
            "email", SignedClaim.EMAIL,
            "phone", SignedClaim.PHONE,
            "anonymousId", SignedClaim.ANONYMOUS_ID);

    private final CheckSignatureUseCase checkSignature;

    SignatureCheckEndpoint(CheckSignatureUseCase checkSignature) {
        this.checkSignature = checkSignature;
    }

    void check(ApiCall call) {
        JsonFields body = call.jsonBody();
        String claimName = body.requiredText("claim");
        SignedClaim claim = CLAIMS.get(claimName);
        if (claim == null) {
            throw new InvalidFieldException("claim", "must be one of externalId, email, phone, anonymousId");
        }
        CheckSignatureCommand command = new CheckSignatureCommand(
                call.workspaceId(), claim, body.requiredText("value"), body.requiredText("signature"));
        SignatureCheckReport report = body.asMember("value", () -> checkSignature.check(command));
        call.respond(200, SignatureCheckJson.of(report));
    }

    /**
     * The verdict: {@code verifies}; {@code form} that matched ({@code normalized}, {@code as-sent}
     * or {@code null}); {@code outcome}; the normal form the server stores; the matching key; and a
     * sentence for the person testing.
     */
    record SignatureCheckJson(
            boolean verifies, String outcome, String form, String normalizedValue, KeyJson key, String detail) {
        static SignatureCheckJson of(SignatureCheckReport report) {
            String form = switch (report.outcome()) {
                case VERIFIED_NORMAL_FORM -> "normalized";
                case MATCHED_AS_SENT_ONLY -> "as-sent";
                case NO_MATCH, MALFORMED -> null;
            };
            return new SignatureCheckJson(
                    report.verifies(),
                    report.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    form,
                    report.normalForm(),
                    report.key().map(KeyJson::of).orElse(null),
                    detail(report));
        }

        private static String detail(SignatureCheckReport report) {
            return switch (report.outcome()) {
                case VERIFIED_NORMAL_FORM -> "the signature verifies over the normalized value";
                case MATCHED_AS_SENT_ONLY ->
                    "the signature matches only the value as sent, which is not its normalized form:"
                            + " it proves nothing; sign the normalized value instead";
                case NO_MATCH ->
                    "the signature matches neither the normalized value nor the value as sent with any key"
                            + " that verifies now: check the secret, and that the key was not retired";
                case MALFORMED -> "a signature is 64 hexadecimal characters (HMAC-SHA256)";
            };
        }
    }

    /** The key that matched: its kid, {@code active} or {@code previous} (with the end of its grace). */
    record KeyJson(String kid, String status, String createdAt, String validUntil) {
        static KeyJson of(MatchedKey key) {
            return new KeyJson(
                    key.kid(),
                    key.active() ? "active" : "previous",
                    key.createdAt().toString(),
                    key.validUntil().map(Instant::toString).orElse(null));
        }
    }
}
