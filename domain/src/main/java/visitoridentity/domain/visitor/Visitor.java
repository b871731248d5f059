package visitoridentity.domain.visitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPolicy;

/**
 * The identity record of one person in one workspace. Created anonymous for one device; identified
 * later. {@code version} guards against lost updates (optimistic concurrency). Its devices (anonymous
 * ids) are not part of the record: which visitor a device resolves to is the store's relation, moved
 * by a {@link Placement}, so a returning device's identify never reads its visitor's other devices
 * and costs the same at one device as at the workspace's bound.
 */
public record Visitor(
        VisitorId id,
        WorkspaceId workspaceId,
        Optional<Claim<ExternalId>> externalId,
        Optional<Claim<Email>> email,
        Optional<Claim<Phone>> phone,
        Profile profile,
        Metadata metadata,
        Optional<ContactId> contactId,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSeenAt,
        long version) {

    public static Visitor start(VisitorId id, WorkspaceId workspaceId, Instant now) {
        return new Visitor(
                id,
                workspaceId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Profile.EMPTY,
                Metadata.EMPTY,
                Optional.empty(),
                now,
                now,
                now,
                0);
    }

    public Optional<ExternalId> trustedExternalId() {
        return externalId.filter(Claim::isTrusted).map(Claim::value);
    }

    public Optional<Email> trustedEmail() {
        return email.filter(Claim::isTrusted).map(Claim::value);
    }

    public Optional<Phone> trustedPhone() {
        return phone.filter(Claim::isTrusted).map(Claim::value);
    }

    /** True when the current external id was proven by a signature. */
    public boolean externalIdVerified() {
        return externalId.map(claim -> claim.trust() == ClaimTrust.VERIFIED).orElse(false);
    }

    /** This visitor with {@code claim} as its external id, unless it holds the same id more strongly. */
    public Visitor withExternalId(Claim<ExternalId> claim) {
        return withExternalIdClaim(Optional.of(strongest(externalId, claim)));
    }

    /**
     * This visitor without the trust of its external id: it keeps the id as unverified data (a
     * verified claimant took the id it held only as given).
     */
    public Visitor demoted() {
        return withExternalIdClaim(externalId.map(claim -> claim.withTrust(ClaimTrust.UNVERIFIED)));
    }

    /** True when this visitor holds {@code claim}'s external id, at whatever trust. */
    public boolean holdsExternalId(Claim<ExternalId> claim) {
        return externalId.filter(held -> held.sameValueAs(claim)).isPresent();
    }

    /** True when this visitor holds {@code claim}'s external id as a trusted or verified one (it is its unique holder). */
    public boolean linksExternalId(Claim<ExternalId> claim) {
        return externalId
                .filter(held -> held.sameValueAs(claim) && held.isTrusted())
                .isPresent();
    }

    private Visitor withExternalIdClaim(Optional<Claim<ExternalId>> claim) {
        return new Visitor(
                id,
                workspaceId,
                claim,
                email,
                phone,
                profile,
                metadata,
                contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor withEmail(Optional<Claim<Email>> claim) {
        return new Visitor(
                id,
                workspaceId,
                externalId,
                claim.map(Claim::stored),
                phone,
                profile,
                metadata,
                contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor withPhone(Optional<Claim<Phone>> claim) {
        return new Visitor(
                id,
                workspaceId,
                externalId,
                email,
                claim.map(Claim::stored),
                profile,
                metadata,
                contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor withProfile(Profile newProfile) {
        return new Visitor(
                id,
                workspaceId,
                externalId,
                email,
                phone,
                newProfile,
                metadata,
                contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor withMetadata(Metadata newMetadata) {
        return new Visitor(
                id,
                workspaceId,
                externalId,
                email,
                phone,
                profile,
                newMetadata,
                contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor withContact(Optional<ContactId> contact) {
        return new Visitor(
                id,
                workspaceId,
                externalId,
                email,
                phone,
                profile,
                metadata,
                contact,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
    }

    public Visitor seenAt(Instant now) {
        return new Visitor(
                id, workspaceId, externalId, email, phone, profile, metadata, contactId, createdAt, now, now, version);
    }

    /**
     * Merges an anonymous record into this known one (its devices follow, see {@link Placement}): its
     * claims, profile fields and metadata keys fill only what this visitor lacks. Metadata keys that
     * would cross the limit are dropped (a merge is never refused); {@link Absorption#droppedKeys} names them.
     */
    public Absorption absorb(Visitor absorbed, MetadataPolicy policy) {
        MetadataChange mergedMetadata = metadata.absorb(absorbed.metadata(), policy);
        boolean takesEmail = email.isEmpty() && absorbed.email().isPresent();
        Visitor merged = new Visitor(
                id,
                workspaceId,
                externalId,
                takesEmail ? absorbed.email() : email,
                phone.or(absorbed::phone),
                profile.filledFrom(absorbed.profile()),
                mergedMetadata.metadata(),
                takesEmail ? absorbed.contactId() : contactId,
                createdAt,
                updatedAt,
                lastSeenAt,
                version);
        return new Absorption(merged, mergedMetadata.droppedKeys());
    }

    /**
     * {@code claim}, unless {@code held} is the same value held more strongly: a weaker claim of the
     * same value never lowers what was proven.
     */
    public static <T extends ClaimValue> Claim<T> strongest(Optional<Claim<T>> held, Claim<T> claim) {
        if (held.isPresent()
                && held.get().sameValueAs(claim)
                && !claim.trust().atLeast(held.get().trust())) {
            return held.get();
        }
        return claim.stored();
    }

    /** The result of {@link #absorb}: the merged visitor and the metadata keys that did not fit. */
    public record Absorption(Visitor visitor, List<String> droppedKeys) {
        public Absorption {
            droppedKeys = List.copyOf(droppedKeys);
        }
    }
}
