package visitoridentity.adapters.http.token;

import java.util.Optional;

/** A token whose signature and claims held: the key that verified it, and whether it vouches for the email. */
record VerifiedToken(Optional<String> keyId, boolean emailVerified) {}
