package visitoridentity.domain.visitor;

import java.time.Instant;
import java.util.Optional;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.metadata.MetadataPolicy;

/**
 * The trust rules for an external-id claim, as a pure function.
 *
 * <ul>
 *   <li>A trusted claim that another visitor holds merges this device's anonymous visitor into it
 *       (filling only what it lacks), or, when this device already belongs to another known user,
 *       switches the device to it without merging anything.
 *   <li>A trusted claim nobody holds is taken by this device's visitor, unless that visitor is
 *       already another known user: then the device switches to a new visitor.
 *   <li>An untrusted claim never links: it is stored as unverified on this device's anonymous
 *       visitor, or, when the device belongs to a known user with another id, on a new visitor, so
 *       it never writes into that user's record.
 * </ul>
 */
public final class IdentityLinking {
    private IdentityLinking() {}

    /**
     * Decides where the device lands for one external-id claim.
     *
     * @param holder the visitor that holds {@code claim} as a trusted external id, if any (only
     *     looked at when the claim is trusted)
     * @param newVisitorId the id a new visitor gets when the device switches to one
     */
    public static Placement place(
            Visitor current,
            AnonymousId device,
            Claimed<ExternalId> claim,
            Optional<Visitor> holder,
            VisitorId newVisitorId,
            Instant now,
            MetadataPolicy policy) {
        Optional<ExternalId> known = current.trustedExternalId();
        if (known.isPresent() && known.get().equals(claim.value())) {
            return Placement.stay(claim.isTrusted() ? current.withExternalId(claim) : current);
        }
        if (known.isPresent()) {
            return switchDevice(current, device, claim, holder, newVisitorId, now);
        }
        if (!claim.isTrusted()) {
            return Placement.stay(current.withExternalId(claim));
        }
        return holder.filter(h -> !h.id().equals(current.id()))
                .map(h -> merge(h, current, claim, policy))
                .orElseGet(() -> Placement.stay(current.withExternalId(claim)));
    }

    private static Placement switchDevice(
            Visitor current,
            AnonymousId device,
            Claimed<ExternalId> claim,
            Optional<Visitor> holder,
            VisitorId newVisitorId,
            Instant now) {
        if (claim.isTrusted() && holder.isPresent()) {
            return Placement.moveTo(holder.get().withAnonymousId(device).withExternalId(claim), false);
        }
        Visitor fresh = Visitor.start(newVisitorId, current.workspaceId(), device, now);
        return Placement.moveTo(fresh.withExternalId(claim), true);
    }

    private static Placement merge(
            Visitor holder, Visitor anonymous, Claimed<ExternalId> claim, MetadataPolicy policy) {
        Visitor.Absorption absorption = holder.absorb(anonymous, policy);
        return new Placement(
                absorption.visitor().withExternalId(claim), false, Optional.of(anonymous), absorption.droppedKeys());
    }
}
