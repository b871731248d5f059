package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.error.SignatureMalformedException;
import visitoridentity.domain.error.SignatureRequiredException;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;

/** The trust rules of DESIGN.md §2, one test each, through the identify use case. */
class TrustRulesTest {

    @Test
    void disabledModeTrustsClaimsAsGivenAndNeverReportsHmacVerified() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();

        IdentityResult result =
                s.identify(device.request().externalId("user_1", "not-even-hex").email("A@Example.com"));

        assertThat(result.visitor().externalId())
                .contains(Claim.stored(ExternalId.of("user_1"), ClaimTrust.TRUSTED, Optional.empty()));
        assertThat(result.visitor().email().orElseThrow().trust()).isEqualTo(ClaimTrust.TRUSTED);
        assertThat(result.hmacVerified()).isFalse();
    }

    @Test
    void optionalModeVerifiesASignedExternalId() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();

        IdentityResult result = s.identify(device.request().externalId("user_1", s.sign("user_1")));

        assertThat(result.visitor().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
        assertThat(result.hmacVerified()).isTrue();
    }

    @Test
    void optionalModeKeepsABadlySignedExternalIdUnverifiedAndItLinksNothing() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device known = s.newDevice();
        s.identify(known.request().externalId("user_1", s.sign("user_1")));
        Device impostor = s.newDevice();

        IdentityResult result = s.identify(impostor.request().externalId("user_1", s.sign("someone_else")));

        assertThat(result.visitor().id()).isEqualTo(impostor.started().visitorId());
        assertThat(result.visitor().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(result.hmacVerified()).isFalse();
        assertThat(result.warnings()).extracting(Warning::code).contains(Warning.CLAIMS_UNVERIFIED);
        assertThat(s.devicesOf(s.visitorOf(known)))
                .containsExactly(known.started().anonymousId());
    }

    @Test
    void anyNumberOfVisitorsMayCarryTheSameUnverifiedClaim() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device first = s.newDevice();
        Device second = s.newDevice();

        s.identify(first.request().externalId("user_1"));
        s.identify(second.request().externalId("user_1"));

        assertThat(s.allVisitors()).hasSize(2);
        assertThat(s.allVisitors())
                .allSatisfy(v -> assertThat(v.trustedExternalId()).isEmpty());
    }

    @Test
    void aTrustedExternalIdHeldByAnotherVisitorMergesThisAnonymousVisitorIntoIt() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device laptop = s.newDevice();
        s.identify(laptop.request().externalId("user_1").name("Jessie").metadata("plan", new JsonString("pro")));
        Device phone = s.newDevice();
        s.identify(phone.request()
                .tag("mobile")
                .metadata("plan", new JsonString("free"))
                .metadata("device", new JsonString("ios")));

        IdentityResult result = s.identify(phone.request().externalId("user_1"));

        Visitor merged = result.visitor();
        assertThat(merged.id()).isEqualTo(laptop.started().visitorId());
        assertThat(s.devicesOf(merged))
                .containsExactlyInAnyOrder(
                        laptop.started().anonymousId(), phone.started().anonymousId());
        assertThat(merged.profile().name().orElseThrow().value()).isEqualTo("Jessie");
        assertThat(merged.profile().tag().orElseThrow().value()).isEqualTo("mobile");
        assertThat(merged.metadata().object().members())
                .containsEntry("plan", new JsonString("pro"))
                .containsEntry("device", new JsonString("ios"));
        assertThat(s.allVisitors())
                .extracting(Visitor::id)
                .containsExactly(laptop.started().visitorId());
        assertThat(s.visitorOf(phone).id()).isEqualTo(laptop.started().visitorId());
    }

    @Test
    void switchingUsersOnOneDeviceNeverMergesTwoKnownUsers() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device other = s.newDevice();
        s.identify(other.request().externalId("user_b").name("Bea"));
        Device shared = s.newDevice();
        s.identify(shared.request().externalId("user_a").name("Al").metadata("cart", new JsonString("3 items")));

        IdentityResult result = s.identify(shared.request().externalId("user_b"));

        assertThat(result.visitor().id()).isEqualTo(other.started().visitorId());
        assertThat(result.visitor().profile().name().orElseThrow().value()).isEqualTo("Bea");
        assertThat(result.visitor().metadata().object().members()).doesNotContainKey("cart");
        Visitor userA = s.app.visitors
                .findById(s.workspace(), shared.started().visitorId())
                .orElseThrow();
        assertThat(userA.trustedExternalId()).contains(ExternalId.of("user_a"));
        assertThat(userA.metadata().object().members()).containsKey("cart");
    }

    @Test
    void switchingToAnExternalIdNobodyHoldsStartsAFreshVisitor() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device shared = s.newDevice();
        s.identify(shared.request().externalId("user_a").name("Al"));

        IdentityResult result = s.identify(shared.request().externalId("user_b"));

        assertThat(result.visitor().id()).isNotEqualTo(shared.started().visitorId());
        assertThat(result.visitor().trustedExternalId()).contains(ExternalId.of("user_b"));
        assertThat(result.visitor().profile().name()).isEmpty();
        assertThat(s.allVisitors()).hasSize(2);
    }

    @Test
    void anUntrustedClaimOfAnotherUserNeverWritesIntoTheKnownUsersRecord() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device shared = s.newDevice();
        s.identify(shared.request().externalId("user_a", s.sign("user_a")).name("Al"));

        IdentityResult result =
                s.identify(shared.request().externalId("user_b").name("Bea").email("bea@example.com"));

        assertThat(result.visitor().id()).isNotEqualTo(shared.started().visitorId());
        assertThat(result.visitor().externalId().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        Visitor userA = s.app.visitors
                .findById(s.workspace(), shared.started().visitorId())
                .orElseThrow();
        assertThat(userA.profile().name().orElseThrow().value()).isEqualTo("Al");
        assertThat(userA.email()).isEmpty();
        assertThat(userA.trustedExternalId()).contains(ExternalId.of("user_a"));
    }

    @Test
    void requiredModeRefusesAnExternalIdWithoutSignatureAndChangesNothing() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();
        Visitor before = s.visitorOf(device);

        assertThatThrownBy(
                        () -> s.identify(device.request().externalId("user_1").name("Al")))
                .isInstanceOf(SignatureRequiredException.class);

        assertThat(s.visitorOf(device)).isEqualTo(before);
    }

    @Test
    void requiredModeRefusesAWrongSignatureAndChangesNothing() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();
        Visitor before = s.visitorOf(device);

        assertThatThrownBy(() -> s.identify(
                        device.request().externalId("user_1", s.sign("user_2")).name("Al")))
                .isInstanceOf(SignatureInvalidException.class);

        assertThat(s.visitorOf(device)).isEqualTo(before);
    }

    @Test
    void requiredModeRefusesAMalformedSignature() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        assertThatThrownBy(() -> s.identify(device.request().externalId("user_1", "abc123")))
                .isInstanceOf(SignatureMalformedException.class);
    }

    @Test
    void requiredModeRefusesABadEmailSignatureEvenThoughEmailMayBeUnsigned() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        assertThatThrownBy(() -> s.identify(device.request().email("jane@example.com", s.sign("other@example.com"))))
                .isInstanceOf(SignatureInvalidException.class);
        assertThat(s.visitorOf(device).email()).isEmpty();
    }

    @Test
    void requiredModeKeepsAnUnsignedEmailAsUnverifiedData() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        IdentityResult result = s.identify(
                device.request().externalId("user_1", s.sign("user_1")).email("jane@example.com"));

        assertThat(result.visitor().email().orElseThrow().trust()).isEqualTo(ClaimTrust.UNVERIFIED);
        assertThat(result.visitor().contactId()).isEmpty();
        assertThat(result.hmacVerified()).isTrue();
    }

    @Test
    void requiredModeLetsACallWithoutClaimsUpdateTheProfileAndMetadataOfItsOwnVisitor() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        IdentityResult result = s.identify(device.request().name("Al").metadata("page", new JsonString("/pricing")));

        assertThat(result.visitor().profile().name().orElseThrow().value()).isEqualTo("Al");
        assertThat(result.visitor().metadata().object().members()).containsKey("page");
    }

    @Test
    void aSignedEmailIsAcceptedInItsNormalForm() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        IdentityResult result = s.identify(device.request().email(" Jane@Example.com ", s.sign("jane@example.com")));

        assertThat(result.visitor().email().orElseThrow().trust()).isEqualTo(ClaimTrust.VERIFIED);
    }

    @Test
    void theExternalIdIsNeverClearedByIdentify() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1"));

        IdentityResult result = s.identify(device.request().name("Al"));

        assertThat(result.visitor().trustedExternalId()).contains(ExternalId.of("user_1"));
    }

    @Test
    void theSameTrustedExternalIdAgainKeepsTheDeviceOnItsVisitor() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1"));

        IdentityResult result = s.identify(device.request().externalId(" user_1 "));

        assertThat(result.visitor().id()).isEqualTo(device.started().visitorId());
        assertThat(s.allVisitors()).hasSize(1);
    }

    @Test
    void hmacVerifiedStaysTrueWhileTheVerifiedExternalIdIsCurrent() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1", s.sign("user_1")));

        IdentityResult later = s.identify(device.request().name("Al"));

        assertThat(later.hmacVerified()).isTrue();
        assertThat(later.visitor().contactId()).isEqualTo(Optional.empty());
    }

    @Test
    void aVisitorAlreadyKnownByTheSignedExternalIdIsNotLookedUpByItAgain() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1", s.sign("user_1")));
        int lookupsBefore = s.app.visitors.trustedExternalIdLookups.get();

        IdentityResult again = s.identify(device.request().externalId("user_1", s.sign("user_1")));

        assertThat(s.app.visitors.trustedExternalIdLookups.get()).isEqualTo(lookupsBefore);
        assertThat(again.visitor().id()).isEqualTo(device.started().visitorId());
        assertThat(again.hmacVerified()).isTrue();
    }
}
