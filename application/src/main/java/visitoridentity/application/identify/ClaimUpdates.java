package visitoridentity.application.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.Visitor;

/**
 * Writes a call's email, phone and profile onto the visitor the device landed on. A set claim carries
 * the trust it earned; it never replaces a stored claim of another value that is better proven than
 * it (an unsigned email never overwrites a verified one), and a weaker claim of the same value keeps
 * the stored trust. A {@code null} clears.
 */
final class ClaimUpdates {
    private final List<String> kept = new ArrayList<>();

    static Visitor apply(Visitor visitor, IdentifyVisitorCommand command, SentClaims judged, List<Warning> warnings) {
        ClaimUpdates updates = new ClaimUpdates();
        Visitor withEmail =
                visitor.withEmail(updates.patched("email", command.email(), judged.email(), visitor.email()));
        Visitor withPhone =
                withEmail.withPhone(updates.patched("phone", command.phone(), judged.phone(), withEmail.phone()));
        if (!updates.kept.isEmpty()) {
            warnings.add(new Warning(
                    Warning.CLAIM_KEPT,
                    "a claim less proven than the stored one was not applied; a verified claim is replaced only by"
                            + " another verified one",
                    updates.kept));
        }
        return withPhone.withProfile(command.profile().applyTo(withPhone.profile()));
    }

    private <T extends ClaimValue> Optional<Claim<T>> patched(
            String field, FieldPatch<Claim<T>> patch, Optional<Claim<T>> judged, Optional<Claim<T>> stored) {
        if (patch instanceof FieldPatch.Clear<Claim<T>>) {
            return Optional.empty();
        }
        if (judged.isEmpty()) {
            return stored;
        }
        Claim<T> claim = judged.get();
        boolean weakerThanStored =
                stored.isPresent() && !claim.trust().atLeast(stored.get().trust());
        if (weakerThanStored && !stored.get().sameValueAs(claim)) {
            kept.add(field);
            return stored;
        }
        return Optional.of(Visitor.strongest(stored, claim));
    }
}
