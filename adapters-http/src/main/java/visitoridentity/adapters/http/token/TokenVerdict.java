package visitoridentity.adapters.http.token;

import java.util.Optional;

/** What verifying one token came to: verified, or the failure that stopped it. */
record TokenVerdict(Optional<VerifiedToken> verified, Optional<TokenFailure> failure) {
    static TokenVerdict valid(VerifiedToken token) {
        return new TokenVerdict(Optional.of(token), Optional.empty());
    }

    static TokenVerdict refused(TokenFailure failure) {
        return new TokenVerdict(Optional.empty(), Optional.of(failure));
    }
}
