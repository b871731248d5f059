package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;

class IdentifyProfileAndMetadataTest {

    @Test
    void anOmittedProfileFieldIsKeptAndANullOneIsCleared() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().name("Al").tag("pro").avatarUrl("https://cdn.example.com/al.png"));

        IdentityResult result = s.identify(device.request().clearName());

        assertThat(result.visitor().profile().name()).isEmpty();
        assertThat(result.visitor().profile().tag().orElseThrow().value()).isEqualTo("pro");
        assertThat(result.visitor().profile().avatarUrl()).isPresent();
    }

    @Test
    void aRejectLimitRefusesTheWholeIdentifyAndChangesNotEvenTheProfile() {
        Scenario s = Scenario.in(VerificationMode.DISABLED, new MetadataPolicy(20, SizeUnit.BYTES, Overflow.REJECT));
        Device device = s.newDevice();
        Visitor before = s.visitorOf(device);

        assertThatThrownBy(() -> s.identify(device.request()
                        .name("Al")
                        .externalId("user_1")
                        .metadata("note", new JsonString("far too long for twenty bytes"))))
                .isInstanceOf(MetadataTooLargeException.class);

        assertThat(s.visitorOf(device)).isEqualTo(before);
        assertThat(s.app.visitors.findByTrustedExternalId(s.workspace(), ExternalId.of("user_1")))
                .isEmpty();
    }

    @Test
    void aTruncateLimitKeepsWhatFitsAndReportsTheDroppedKeys() {
        Scenario s = Scenario.in(VerificationMode.DISABLED, new MetadataPolicy(20, SizeUnit.BYTES, Overflow.TRUNCATE));
        Device device = s.newDevice();

        IdentityResult result = s.identify(device.request()
                .metadata("a", new JsonString("1"))
                .metadata("b", new JsonString("far too long"))
                .metadata("c", new JsonString("2")));

        assertThat(result.visitor().metadata().object().members()).containsOnlyKeys("a");
        assertThat(result.warnings())
                .filteredOn(w -> w.code().equals(Warning.METADATA_TRUNCATED))
                .singleElement()
                .satisfies(w -> assertThat(w.keys()).containsExactly("b", "c"));
    }

    @Test
    void aDialectsMetadataPolicyReplacesTheWorkspaces() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();

        assertThatThrownBy(() -> s.identify(device.request()
                        .metadataPolicy(new MetadataPolicy(10, SizeUnit.CHARACTERS, Overflow.REJECT))
                        .metadata("note", new JsonString("longer than ten"))))
                .isInstanceOf(MetadataTooLargeException.class);
    }

    @Test
    void replaceModeKeepsOnlyThePatchKeys() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        s.identify(device.request().metadata("old", new JsonString("x")));

        IdentityResult result = s.identify(device.request().replaceMetadata().metadata("new", new JsonString("y")));

        assertThat(result.visitor().metadata().object().members()).containsOnlyKeys("new");
    }

    @Test
    void aMergeNeverFailsForMetadataThatDoesNotFitButDropsItWithAWarning() {
        Scenario s = Scenario.in(VerificationMode.DISABLED, new MetadataPolicy(40, SizeUnit.BYTES, Overflow.REJECT));
        Device laptop = s.newDevice();
        s.identify(laptop.request().externalId("user_1").metadata("known", new JsonString("0123456789")));
        Device phone = s.newDevice();
        s.identify(phone.request().metadata("anonymous", new JsonString("0123456789")));

        IdentityResult result = s.identify(phone.request().externalId("user_1"));

        assertThat(result.visitor().metadata().object().members()).containsOnlyKeys("known");
        assertThat(result.warnings())
                .filteredOn(w -> w.code().equals(Warning.METADATA_DROPPED_ON_MERGE))
                .singleElement()
                .satisfies(w -> assertThat(w.keys()).containsExactly("anonymous"));
    }
}
