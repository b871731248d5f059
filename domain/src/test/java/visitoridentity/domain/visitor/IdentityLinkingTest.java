package visitoridentity.domain.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Provenance;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataPolicy;

/** The trust rules of IdentityLinking, second edition, one per test. */
class IdentityLinkingTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_1");
    private static final VisitorId NEW_ID = VisitorId.of("v_new");
    private static final Provenance PROOF = new Provenance("plain-value", Optional.of("key-1"), NOW);

    private static Visitor visitor(String id) {
        return Visitor.start(VisitorId.of(id), WORKSPACE, NOW);
    }

    private static Visitor anonymous() {
        return visitor("v_device").withMetadata(metadata("mine"));
    }

    private static Metadata metadata(String key) {
        return new Metadata(new JsonObject(java.util.Map.of(key, new JsonString("x"))));
    }

    private static Claim<ExternalId> claim(String id, ClaimTrust trust) {
        Claim<ExternalId> sent = Claim.externalId(id);
        return trust == ClaimTrust.VERIFIED ? sent.verifiedBy(PROOF) : sent.withTrust(trust);
    }

    private static Visitor holding(String visitorId, String id, ClaimTrust trust) {
        return visitor(visitorId).withExternalId(claim(id, trust)).withMetadata(metadata("holders"));
    }

    private static Placement place(Visitor current, Claim<ExternalId> claim, Optional<Visitor> holder) {
        return IdentityLinking.place(current, claim, holder, NEW_ID, NOW, MetadataPolicy.DEFAULT);
    }

    @Test
    void anUnverifiedClaimStaysOnTheAnonymousVisitorAsUnverifiedData() {
        Placement placement = place(anonymous(), claim("alice", ClaimTrust.UNVERIFIED), Optional.empty());

        assertThat(placement.isNew()).isFalse();
        assertThat(placement.target().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(IdentityLinking.needsHolder(anonymous(), claim("alice", ClaimTrust.UNVERIFIED)))
                .isFalse();
    }

    @Test
    void anUnverifiedClaimOfAnotherIdMovesAKnownDeviceToANewVisitor() {
        Visitor alice = anonymous().withExternalId(claim("alice", ClaimTrust.UNVERIFIED));

        Placement placement = place(alice, claim("bob", ClaimTrust.UNVERIFIED), Optional.empty());

        assertThat(placement.isNew()).isTrue();
        assertThat(placement.target().id()).isEqualTo(NEW_ID);
        assertThat(placement.target().metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void anUnverifiedClaimNeverLowersAVerifiedId() {
        Visitor verified = anonymous().withExternalId(claim("alice", ClaimTrust.VERIFIED));

        Placement placement = place(verified, claim("alice", ClaimTrust.UNVERIFIED), Optional.empty());

        assertThat(placement.target().externalIdVerified()).isTrue();
    }

    @Test
    void aVerifiedClaimMergesTheAnonymousVisitorIntoItsVerifiedHolder() {
        Visitor holder = holding("v_alice", "alice", ClaimTrust.VERIFIED);

        Placement placement = place(anonymous(), claim("alice", ClaimTrust.VERIFIED), Optional.of(holder));

        assertThat(placement.target().id()).isEqualTo(holder.id());
        assertThat(placement.absorbed()).contains(anonymous());
        assertThat(placement.movedFrom(anonymous())).isTrue();
        assertThat(placement.target().metadata().object().members()).containsKeys("holders", "mine");
    }

    @Test
    void aVerifiedClaimSwitchesAKnownDeviceToItsHolderCarryingNothing() {
        Visitor bob = anonymous().withExternalId(claim("bob", ClaimTrust.UNVERIFIED));
        Visitor holder = holding("v_alice", "alice", ClaimTrust.VERIFIED);

        Placement placement = place(bob, claim("alice", ClaimTrust.VERIFIED), Optional.of(holder));

        assertThat(placement.target().id()).isEqualTo(holder.id());
        assertThat(placement.absorbed()).isEmpty();
        assertThat(placement.target().metadata().object().members()).containsOnlyKeys("holders");
    }

    @Test
    void aVerifiedClaimDemotesASquatterThatHoldsTheIdOnlyAsGiven() {
        Visitor squatter = holding("v_squatter", "ceo", ClaimTrust.TRUSTED);

        Placement placement = place(anonymous(), claim("ceo", ClaimTrust.VERIFIED), Optional.of(squatter));

        assertThat(placement.target().id()).isEqualTo(anonymous().id());
        assertThat(placement.target().externalIdVerified()).isTrue();
        assertThat(placement.target().metadata().object().members()).containsOnlyKeys("mine");
        Visitor demoted = placement.demoted().orElseThrow();
        assertThat(demoted.id()).isEqualTo(squatter.id());
        assertThat(demoted.externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(demoted.metadata()).isEqualTo(squatter.metadata());
    }

    @Test
    void aDeviceOfTheSquattersOwnRecordThatVerifiesGetsANewVisitor() {
        Visitor squatted = holding("v_squatted", "ceo", ClaimTrust.TRUSTED);

        Placement placement = place(squatted, claim("ceo", ClaimTrust.VERIFIED), Optional.empty());

        assertThat(placement.isNew()).isTrue();
        assertThat(placement.target().externalIdVerified()).isTrue();
        assertThat(placement.target().metadata()).isEqualTo(Metadata.EMPTY);
        Visitor demoted = placement.demoted().orElseThrow();
        assertThat(demoted.id()).isEqualTo(squatted.id());
        assertThat(placement.movedFrom(squatted)).isTrue();
        assertThat(demoted.externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
    }

    @Test
    void aRecordHoldingTheIdUnverifiedIsNeverRaisedInPlace() {
        Visitor unverified = anonymous().withExternalId(claim("alice", ClaimTrust.UNVERIFIED));

        Placement placement = place(unverified, claim("alice", ClaimTrust.VERIFIED), Optional.empty());

        assertThat(placement.isNew()).isTrue();
        assertThat(placement.target().externalIdVerified()).isTrue();
        assertThat(placement.target().metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void aTrustedClaimLinksAsGivenWhileTheWorkspaceIsDisabled() {
        Visitor holder = holding("v_alice", "alice", ClaimTrust.TRUSTED);

        Placement placement = place(anonymous(), claim("alice", ClaimTrust.TRUSTED), Optional.of(holder));

        assertThat(placement.target().id()).isEqualTo(holder.id());
        assertThat(placement.absorbed()).contains(anonymous());
    }

    @Test
    void aTrustedClaimNeverLowersAVerifiedHolder() {
        Visitor holder = holding("v_alice", "alice", ClaimTrust.VERIFIED);

        Placement placement = place(anonymous(), claim("alice", ClaimTrust.TRUSTED), Optional.of(holder));

        assertThat(placement.target().externalIdVerified()).isTrue();
    }

    @Test
    void theReturningVisitorNeedsNoLookUp() {
        Visitor verified = anonymous().withExternalId(claim("alice", ClaimTrust.VERIFIED));

        assertThat(IdentityLinking.needsHolder(verified, claim("alice", ClaimTrust.VERIFIED)))
                .isFalse();
        assertThat(IdentityLinking.needsHolder(anonymous(), claim("alice", ClaimTrust.VERIFIED)))
                .isTrue();
    }
}
