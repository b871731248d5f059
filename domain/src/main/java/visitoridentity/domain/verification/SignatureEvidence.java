package visitoridentity.domain.verification;

import java.util.Optional;

/** The signatures a call carried, in the scheme its dialect uses. */
public sealed interface SignatureEvidence {
    SignatureEvidence NONE = new PerClaim(Optional.empty(), Optional.empty(), Optional.empty());

    /** One PlainValue signature per claim (native API, botBrains, Chatbase, Nexvio). */
    record PerClaim(Optional<String> externalId, Optional<String> email, Optional<String> phone)
            implements SignatureEvidence {}

    /** One CanonicalIdEmailJson signature over the external id and, when sent, the email (Rep.ai). */
    record IdAndEmail(Optional<String> hash) implements SignatureEvidence {}

    /**
     * One AnonymousIdValue signature that vouches for every claim of the call (chat SDK); under
     * REQUIRED, {@code requiredOnEveryCall} refuses unsigned calls even when they claim nothing.
     */
    record OverAnonymousId(Optional<String> hmac, boolean requiredOnEveryCall) implements SignatureEvidence {}
}
