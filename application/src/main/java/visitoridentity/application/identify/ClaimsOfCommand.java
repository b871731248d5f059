package visitoridentity.application.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.verification.ClaimsAsSent;
import visitoridentity.domain.verification.VerifiedClaims;
import visitoridentity.domain.visitor.Claimed;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.Visitor;

/** Reads the claims of an identify command: as sent (for signatures), onto a visitor, and as warnings. */
final class ClaimsOfCommand {
    private ClaimsOfCommand() {}

    static ClaimsAsSent asSent(IdentifyVisitorCommand command) {
        return new ClaimsAsSent(
                command.externalId().map(SentClaim::asSent), sentValue(command.email()), sentValue(command.phone()));
    }

    /** Email and phone are kept, cleared or set with the trust they earned; the profile fields likewise. */
    static Visitor applyTo(Visitor visitor, IdentifyVisitorCommand command, VerifiedClaims verified) {
        Visitor withEmail =
                visitor.withEmail(claimed(command.email(), verified.email()).applyTo(visitor.email()));
        Visitor withPhone =
                withEmail.withPhone(claimed(command.phone(), verified.phone()).applyTo(withEmail.phone()));
        return withPhone.withProfile(command.profile().applyTo(withPhone.profile()));
    }

    static Optional<Warning> unverifiedClaims(VerifiedClaims verified) {
        List<String> keys = new ArrayList<>();
        addIfUnverified(keys, "externalId", verified.externalId());
        addIfUnverified(keys, "email", verified.email());
        addIfUnverified(keys, "phone", verified.phone());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(
                Warning.CLAIMS_UNVERIFIED,
                "claims without a valid signature were kept as unverified data and link nothing",
                keys));
    }

    private static <T> Optional<String> sentValue(FieldPatch<SentClaim<T>> patch) {
        return patch instanceof FieldPatch.Set<SentClaim<T>> set
                ? Optional.of(set.value().asSent())
                : Optional.empty();
    }

    private static <T> FieldPatch<Claimed<T>> claimed(FieldPatch<SentClaim<T>> patch, Optional<ClaimTrust> trust) {
        if (patch instanceof FieldPatch.Set<SentClaim<T>> set) {
            return FieldPatch.set(new Claimed<>(set.value().normalized(), trust.orElseThrow()));
        }
        return patch instanceof FieldPatch.Clear<SentClaim<T>> ? FieldPatch.clear() : FieldPatch.keep();
    }

    private static void addIfUnverified(List<String> keys, String claim, Optional<ClaimTrust> trust) {
        if (trust.filter(t -> t == ClaimTrust.UNVERIFIED).isPresent()) {
            keys.add(claim);
        }
    }
}
