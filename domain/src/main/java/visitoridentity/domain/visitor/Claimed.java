package visitoridentity.domain.visitor;

import java.util.Objects;
import visitoridentity.domain.claim.ClaimTrust;

/** A stored claim and how far it may be believed. */
public record Claimed<T>(T value, ClaimTrust trust) {
    public Claimed {
        Objects.requireNonNull(value);
        Objects.requireNonNull(trust);
    }

    public boolean isTrusted() {
        return trust.isTrusted();
    }
}
