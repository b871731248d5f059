package visitoridentity.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.application.workspace.RotateSigningKeyCommand;
import visitoridentity.domain.error.SignatureInvalidException;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.verification.VerificationMode;

/** Which events an identity change makes, and what they hold, through the real use cases. */
class IdentityEventsTest {

    @Test
    void aFirstVerifiedIdentifyRecordsTheIdentificationAndTheVerifiedClaim() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();

        s.identify(device.request().externalId("user_1", s.sign("user_1")));

        assertThat(types(s)).containsExactly("visitor.identified", "claim.verified");
        IdentityEvent identified = s.app.events.all().get(0);
        assertThat(identified.visitorId()).contains(device.started().visitorId());
        assertThat(identified.workspaceId()).isEqualTo(s.workspace());
        assertThat(CompactJson.write(identified.data()))
                .isEqualTo(
                        "{\"anonymousId\":\"" + device.started().anonymousId().value()
                                + "\",\"externalId\":\"user_1\",\"email\":null,"
                                + "\"trust\":{\"externalId\":\"verified\",\"email\":null,\"phone\":null},\"new\":false}");
        assertThat(CompactJson.write(s.app.events.all().get(1).data()))
                .isEqualTo("{\"claim\":\"externalId\",\"externalId\":\"user_1\"}");
    }

    @Test
    void anIdentifyThatChangesNothingWritesNothing() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_1", s.sign("user_1")).name("Ann"));
        int before = s.app.events.all().size();

        s.identify(device.request().externalId("user_1", s.sign("user_1")).name("Ann"));
        s.identify(device.request().metadata("plan", new JsonString("pro")));

        assertThat(s.app.events.all()).hasSize(before);
    }

    @Test
    void anUnverifiedClaimIsIdentifiedWithoutItsValue() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();

        s.identify(device.request().externalId("user_1").email("ann@example.com"));

        assertThat(types(s)).containsExactly("visitor.identified");
        String data = CompactJson.write(s.app.events.all().get(0).data());
        assertThat(data).doesNotContain("user_1").doesNotContain("ann@example.com");
        assertThat(data).contains("\"externalId\":\"unverified\"");
    }

    @Test
    void aMergeRecordsTheAbsorbedAndTheKeptVisitor() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device known = s.newDevice();
        s.identify(known.request().externalId("user_1", s.sign("user_1")));
        Device other = s.newDevice();

        s.identify(other.request().externalId("user_1", s.sign("user_1")));

        IdentityEvent merged = only(s, "visitor.merged");
        assertThat(merged.visitorId()).contains(known.started().visitorId());
        assertThat(CompactJson.write(merged.data()))
                .isEqualTo("{\"absorbedVisitorId\":\""
                        + other.started().visitorId().value() + "\",\"keptVisitorId\":\""
                        + known.started().visitorId().value() + "\"}");
    }

    @Test
    void aSwitchRecordsTheDeviceAndBothVisitors() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();
        s.identify(device.request().externalId("user_a", s.sign("user_a")));

        s.identify(device.request().externalId("user_b", s.sign("user_b")));

        IdentityEvent switched = only(s, "device.switched");
        assertThat(switched.data().members().get("fromVisitorId"))
                .isEqualTo(new JsonString(device.started().visitorId().value()));
        assertThat(switched.data().members().get("anonymousId"))
                .isEqualTo(new JsonString(device.started().anonymousId().value()));
        assertThat(switched.visitorId())
                .isNotEqualTo(Optional.of(device.started().visitorId()));
    }

    @Test
    void aVerifiedClaimantDemotingASquatterRecordsTheDemotion() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device squatter = s.newDevice();
        s.identify(squatter.request().externalId("user_1"));
        switchTo(s, VerificationMode.OPTIONAL);
        Device claimant = s.newDevice();

        s.identify(claimant.request().externalId("user_1", s.sign("user_1")));

        IdentityEvent demoted = only(s, "claim.demoted");
        assertThat(demoted.visitorId()).contains(squatter.started().visitorId());
        assertThat(demoted.data().members().get("trust")).isEqualTo(new JsonString("unverified"));
    }

    @Test
    void optionalModeRecordsASignatureThatDidNotHoldButNotAMissingOne() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device device = s.newDevice();

        s.identify(device.request().externalId("user_1", s.sign("someone_else")));
        s.identify(s.newDevice().request().externalId("user_2"));

        IdentityEvent failed = only(s, "verification.failed");
        assertThat(CompactJson.write(failed.data()))
                .isEqualTo("{\"claim\":\"externalId\",\"reason\":\"mismatch\",\"mode\":\"optional\"}");
    }

    @Test
    void observeModeRecordsEveryFailureRequiredWouldRefuseAndNeverTheSignature() {
        Scenario s = Scenario.in(VerificationMode.OBSERVE);
        String signature = s.sign("someone_else");

        s.identify(s.newDevice().request().externalId("user_1", signature));
        s.identify(s.newDevice().request().externalId("user_2"));

        List<IdentityEvent> failures = s.app.events.all().stream()
                .filter(event -> event.type() == EventType.VERIFICATION_FAILED)
                .toList();
        assertThat(failures)
                .extracting(event -> event.data().members().get("reason"))
                .containsExactly(new JsonString("mismatch"), new JsonString("missing"));
        assertThat(s.app.events.all())
                .allSatisfy(event -> assertThat(CompactJson.write(event.data()))
                        .doesNotContain(signature)
                        .doesNotContain(s.secret()));
    }

    @Test
    void requiredModeRefusesAndWritesNothing() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);
        Device device = s.newDevice();

        assertThatThrownBy(() -> s.identify(device.request().externalId("user_1", s.sign("someone_else"))))
                .isInstanceOf(SignatureInvalidException.class);

        assertThat(s.app.events.all()).isEmpty();
    }

    @Test
    void anErasureKeepsTheFactsAndRemovesThePersonalDataAlsoOfMergedVisitors() {
        Scenario s = Scenario.in(VerificationMode.OPTIONAL);
        Device absorbed = s.newDevice();
        s.identify(absorbed.request().email("ann@example.com", s.sign("ann@example.com")));
        Device known = s.newDevice();
        s.identify(known.request().externalId("user_1", s.sign("user_1")));
        s.identify(absorbed.request().externalId("user_1", s.sign("user_1")));

        s.useCases.eraseVisitor().erase(s.workspace(), known.started().visitorId());

        List<IdentityEvent> events = s.app.events.all();
        assertThat(events).extracting(event -> event.type().wireName()).contains("visitor.merged", "visitor.erased");
        assertThat(events)
                .allSatisfy(event -> assertThat(CompactJson.write(event.data()))
                        .doesNotContain("user_1")
                        .doesNotContain("ann@example.com")
                        .doesNotContain(absorbed.started().anonymousId().value()));
        assertThat(events.stream().filter(event -> event.type() == EventType.VISITOR_IDENTIFIED))
                .allSatisfy(event -> assertThat(event.data().members()).containsKey("redacted"));
    }

    @Test
    void aKeyRotationIsRecordedWithoutTheSecret() {
        Scenario s = Scenario.in(VerificationMode.REQUIRED);

        var rotated = s.useCases
                .rotateSigningKey()
                .rotate(RotateSigningKeyCommand.withNewSecret(s.workspace(), Duration.ofHours(1)));

        IdentityEvent event = only(s, "signing-key.rotated");
        assertThat(event.visitorId()).isEmpty();
        assertThat(CompactJson.write(event.data())).isEqualTo("{\"graceSeconds\":3600,\"previousKeys\":1}");
        assertThat(CompactJson.write(event.toJson()))
                .doesNotContain(rotated.signingSecret().value());
    }

    private static void switchTo(Scenario s, VerificationMode mode) {
        s.useCases
                .changeWorkspaceSettings()
                .change(new ChangeWorkspaceSettingsCommand(
                        s.workspace(), Optional.empty(), Optional.of(mode), Optional.empty(), Optional.empty()));
    }

    private static List<String> types(Scenario s) {
        return s.app.events.all().stream().map(event -> event.type().wireName()).toList();
    }

    private static IdentityEvent only(Scenario s, String type) {
        List<IdentityEvent> matching = s.app.events.all().stream()
                .filter(event -> event.type().wireName().equals(type))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
