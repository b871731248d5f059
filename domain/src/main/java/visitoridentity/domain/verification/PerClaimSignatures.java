package visitoridentity.domain.verification;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.signature.PlainValue;

/**
 * One PlainValue HMAC per claim, each judged alone, each over the claim's normal form (native API,
 * botBrains, Chatbase, Nexvio). A signature sent for a claim the call did not make signs nothing and
 * is ignored.
 */
public record PerClaimSignatures(Optional<String> externalId, Optional<String> email, Optional<String> phone)
        implements Proof {
    public static final String SCHEME = "plain-value";

    public PerClaimSignatures {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    @Override
    public ProofChecks check(SentClaims claims, ProofContext context) {
        return ProofChecks.ofClaims(
                check("externalId", claims.externalId(), externalId, context),
                check("email", claims.email(), email, context),
                check("phone", claims.phone(), phone, context));
    }

    private static <T extends ClaimValue> Check check(
            String field, Optional<Claim<T>> claim, Optional<String> signature, ProofContext context) {
        if (claim.isEmpty()) {
            return Check.MISSING;
        }
        Claim<T> sent = claim.get();
        return HmacClaimCheck.check(
                field,
                SCHEME,
                signature,
                PlainValue.of(sent.text()),
                sent.sentInAnotherForm() ? Optional.of(PlainValue.of(sent.asSent())) : Optional.empty(),
                context);
    }
}
