package visitoridentity.application.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.visitor.Placement;

/** The warnings of an accepted identify, each from the step that caused it. */
final class Warnings {
    private Warnings() {}

    static Optional<Warning> droppedOnMerge(Placement placement) {
        if (placement.droppedOnMerge().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(
                Warning.METADATA_DROPPED_ON_MERGE,
                "metadata keys of the anonymous visitor that did not fit the known visitor were dropped",
                placement.droppedOnMerge()));
    }

    static Optional<Warning> truncated(MetadataChange metadata, MetadataPolicy policy) {
        if (metadata.droppedKeys().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(
                Warning.METADATA_TRUNCATED,
                "metadata keys that would cross the limit of " + policy.max() + " were dropped",
                metadata.droppedKeys()));
    }

    static Optional<Warning> unverified(SentClaims judged) {
        List<String> keys = new ArrayList<>();
        judged.externalId().filter(Warnings::isUnverified).ifPresent(claim -> keys.add("externalId"));
        judged.email().filter(Warnings::isUnverified).ifPresent(claim -> keys.add("email"));
        judged.phone().filter(Warnings::isUnverified).ifPresent(claim -> keys.add("phone"));
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(
                Warning.CLAIMS_UNVERIFIED,
                "claims without a valid signature were kept as unverified data and link nothing",
                keys));
    }

    private static boolean isUnverified(Claim<?> claim) {
        return !claim.isTrusted();
    }
}
