package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.signature.CanonicalIdEmailJson;

/**
 * One CanonicalIdEmailJson HMAC over the external id and, when sent, the email, both in their normal
 * form (Rep.ai). It vouches for both or for neither, never for the phone. A call that claims no
 * external id has nothing for the hash to sign, so the hash is ignored, even under REQUIRED.
 */
public record IdAndEmailSignature(Optional<String> hash) implements Proof {
    public static final String SCHEME = "canonical-id-email-json";

    public IdAndEmailSignature {
        Objects.requireNonNull(hash, "hash");
    }

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        if (claims.externalId().isEmpty()) {
            return ProofChecks.ofClaims(Check.MISSING, Check.MISSING, Check.MISSING);
        }
        Claim<ExternalId> id = claims.externalId().get();
        Optional<Claim<Email>> email = claims.email();
        boolean sentInAnotherForm =
                id.sentInAnotherForm() || email.filter(Claim::sentInAnotherForm).isPresent();
        Check check = HmacClaimCheck.check(
                "externalId",
                SCHEME,
                hash,
                CanonicalIdEmailJson.of(id.text(), email.map(Claim::text)),
                sentInAnotherForm
                        ? Optional.of(CanonicalIdEmailJson.of(id.asSent(), email.map(Claim::asSent)))
                        : Optional.empty(),
                context);
        return ProofChecks.ofClaims(check, email.isPresent() ? check : Check.MISSING, Check.MISSING);
    }
}
