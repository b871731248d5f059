package visitoridentity.domain.visitor;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.metadata.MetadataPolicy;

/**
 * The trust rules for an external-id claim, as a pure function. The device's visitor is
 * <em>anonymous</em> when it holds no external id at all; only such a visitor was written by this
 * device alone, so only it may take an id in place or be merged into the id's holder.
 *
 * <ul>
 *   <li>An <b>unverified</b> claim never links: an anonymous visitor keeps it as unverified data; a
 *       visitor that holds the same id keeps what it holds; any other moves the device to a new
 *       visitor, so the claim never writes into another person's record.
 *   <li>A <b>trusted</b> claim (the workspace is DISABLED) links as the first edition did: the
 *       anonymous visitor merges into the id's holder, a known device switches to it, and without a
 *       holder the id is taken in place (anonymous) or on a new visitor (another id).
 *   <li>A <b>verified</b> claim joins a holder only when the holder's id is verified too: the
 *       anonymous visitor merges into it, any other device switches to it with nothing carried
 *       over. A holder that has the id only as given (squatted while DISABLED) loses it, keeping
 *       its data ({@code demoted}); the device then takes the id verified, in place when its visitor
 *       is anonymous, otherwise on a new visitor. A visitor with the id unverified is never raised
 *       in place: who wrote its data was never proven.
 * </ul>
 */
public final class IdentityLinking {
    private IdentityLinking() {}

    /**
     * True when {@link #place} needs the id's holder: unless the claim is unverified, or the device's
     * visitor is the holder already (the trusted id is unique), which is the returning visitor's call.
     */
    public static boolean needsHolder(Visitor current, Claim<ExternalId> claim) {
        return claim.isTrusted() && !current.linksExternalId(claim);
    }

    /**
     * Decides where the device lands for one judged external-id claim.
     *
     * @param holder the visitor that holds the claimed id as a trusted or verified one, if any and if
     *     {@link #needsHolder} asked for it
     * @param newVisitorId the id a new visitor gets when the device moves to one
     */
    public static Placement place(
            Visitor current,
            Claim<ExternalId> claim,
            Optional<Visitor> holder,
            VisitorId newVisitorId,
            Instant now,
            MetadataPolicy policy) {
        Optional<Visitor> other = holder.filter(h -> !h.id().equals(current.id()));
        return switch (claim.trust()) {
            case UNVERIFIED -> unverified(current, claim, newVisitorId, now);
            case TRUSTED -> trusted(current, claim, other, newVisitorId, now, policy);
            case VERIFIED -> verified(current, claim, other, newVisitorId, now, policy);
        };
    }

    private static Placement unverified(Visitor current, Claim<ExternalId> claim, VisitorId newVisitorId, Instant now) {
        if (isAnonymous(current)) {
            return Placement.stay(current.withExternalId(claim));
        }
        if (current.holdsExternalId(claim)) {
            return Placement.stay(current);
        }
        return Placement.moveToNew(fresh(current, claim, newVisitorId, now));
    }

    private static Placement trusted(
            Visitor current,
            Claim<ExternalId> claim,
            Optional<Visitor> holder,
            VisitorId newVisitorId,
            Instant now,
            MetadataPolicy policy) {
        if (current.linksExternalId(claim)) {
            return Placement.stay(current.withExternalId(claim));
        }
        if (isAnonymous(current)) {
            return holder.map(h -> merge(h, current, claim, policy))
                    .orElseGet(() -> Placement.stay(current.withExternalId(claim)));
        }
        if (holder.isPresent()) {
            return Placement.moveTo(holder.get().withExternalId(claim));
        }
        if (current.holdsExternalId(claim)) {
            return Placement.stay(current.withExternalId(claim));
        }
        return Placement.moveToNew(fresh(current, claim, newVisitorId, now));
    }

    private static Placement verified(
            Visitor current,
            Claim<ExternalId> claim,
            Optional<Visitor> otherHolder,
            VisitorId newVisitorId,
            Instant now,
            MetadataPolicy policy) {
        if (current.holdsExternalId(claim) && current.externalIdVerified()) {
            return Placement.stay(current.withExternalId(claim));
        }
        Optional<Visitor> holder = current.linksExternalId(claim) ? Optional.of(current) : otherHolder;
        if (holder.isPresent() && holder.get().externalIdVerified()) {
            return isAnonymous(current)
                    ? merge(holder.get(), current, claim, policy)
                    : Placement.moveTo(holder.get().withExternalId(claim));
        }
        Optional<Visitor> squatter = holder.map(Visitor::demoted);
        Placement placement = isAnonymous(current)
                ? Placement.stay(current.withExternalId(claim))
                : Placement.moveToNew(fresh(current, claim, newVisitorId, now));
        return placement.demoting(squatter);
    }

    private static boolean isAnonymous(Visitor visitor) {
        return visitor.externalId().isEmpty();
    }

    private static Visitor fresh(Visitor current, Claim<ExternalId> claim, VisitorId newVisitorId, Instant now) {
        return Visitor.start(newVisitorId, current.workspaceId(), now).withExternalId(claim);
    }

    private static Placement merge(Visitor holder, Visitor anonymous, Claim<ExternalId> claim, MetadataPolicy policy) {
        Visitor.Absorption absorption = holder.absorb(anonymous, policy);
        return new Placement(
                absorption.visitor().withExternalId(claim),
                false,
                Optional.of(anonymous),
                absorption.droppedKeys(),
                Optional.empty());
    }
}
