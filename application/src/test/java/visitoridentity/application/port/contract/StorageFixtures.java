package visitoridentity.application.port.contract;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;

/** Plain stored objects for storage tests. */
public final class StorageFixtures {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private StorageFixtures() {}

    /** A workspace with the default settings, created at {@link #T0}. */
    public static Workspace workspace(WorkspaceId id) {
        return new Workspace(
                id,
                WorkspaceName.of("Shop"),
                VerificationMode.DISABLED,
                MetadataPolicy.DEFAULT,
                AllowedOrigins.ANY,
                SecretHash.of("admin-key-of-" + id.value()),
                T0);
    }

    /** Metadata holding the members in their order. */
    public static Metadata metadata(Map<String, JsonValue> members) {
        return new Metadata(new JsonObject(new LinkedHashMap<>(members)));
    }

    /** A stored claim; a verified one was proven by the native scheme with key-1 at T0. */
    public static <T extends ClaimValue> Claim<T> claim(T value, ClaimTrust trust) {
        Optional<Provenance> proof = trust == ClaimTrust.VERIFIED
                ? Optional.of(new Provenance("plain-value", Optional.of("key-1"), T0))
                : Optional.empty();
        return Claim.stored(value, trust, proof);
    }
}
