package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.identify.Warning;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * The identify flows that write several rows in one transaction (merge, switch, contact changes,
 * erasure) through the real use cases, so the adapter's write order and foreign keys are checked
 * against what the use cases do. The rules themselves are specified over the in-memory fakes.
 */
abstract class IdentifyFlowsContract {
    private UseCases useCases;
    private WorkspaceId workspace;

    /** The adapter under test, shared by the tests of a class. */
    protected abstract JdbiPersistence persistence();

    @BeforeEach
    void createWorkspace() {
        useCases = Application.over(persistence());
        workspace = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
    }

    @Test
    void aSecondDeviceClaimingAKnownExternalIdIsMergedIntoItsVisitor() {
        VisitorCredentials laptop = newDevice();
        VisitorCredentials phone = newDevice();
        IdentityResult known = identify(IdentifyRequest.as(laptop).externalId("user_1"));
        identify(IdentifyRequest.as(phone).metadata("cart", new JsonString("3 items")));

        IdentityResult merged = identify(IdentifyRequest.as(phone).externalId("user_1"));

        assertThat(merged.visitor().id()).isEqualTo(known.visitor().id());
        assertThat(visitorOf(after(phone, merged)).metadata().object().members())
                .containsKey("cart");
        assertThat(devicesOf(visitorOf(laptop))).hasSize(2);
    }

    @Test
    void aDeviceClaimingAnotherExternalIdSwitchesToANewVisitor() {
        VisitorCredentials shared = newDevice();
        IdentityResult first = identify(IdentifyRequest.as(shared).externalId("user_1"));

        IdentityResult second = identify(IdentifyRequest.as(shared).externalId("user_2"));

        assertThat(second.visitor().id()).isNotEqualTo(first.visitor().id());
        assertThat(devicesOf(first.visitor())).isEmpty();
    }

    @Test
    void changingTheEmailMovesTheVisitorToTheNewContactAndDeletesTheOldOne() {
        VisitorCredentials device = newDevice();
        identify(IdentifyRequest.as(device).email("jane@example.com"));

        IdentityResult changed = identify(IdentifyRequest.as(device).email("jane@work.example.com"));

        assertThat(persistence().contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .isEmpty();
        assertThat(persistence().contacts().findByEmail(workspace, Email.of("jane@work.example.com")))
                .hasValueSatisfying(
                        contact -> assertThat(changed.visitor().contactId()).contains(contact.id()));
    }

    @Test
    void erasingAVisitorDeletesItsTokensAndItsLastContact() {
        VisitorCredentials device = newDevice();
        IdentityResult identified =
                identify(IdentifyRequest.as(device).externalId("user_1").email("jane@example.com"));

        useCases.eraseVisitor().erase(workspace, identified.visitor().id());

        assertThatThrownBy(() -> visitorOf(device)).isInstanceOf(SessionRevokedException.class);
        assertThat(persistence().contacts().findByEmail(workspace, Email.of("jane@example.com")))
                .isEmpty();
    }

    @Test
    void aDeviceOverTheWorkspacesBoundEvictsTheOneSeenLongestAgoAndItsTokenStopsWorking() {
        useCases.changeWorkspaceSettings()
                .change(new ChangeWorkspaceSettingsCommand(
                        workspace,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(1)));
        VisitorCredentials first = newDevice();
        identify(IdentifyRequest.as(first).externalId("sink"));
        VisitorCredentials second = newDevice();

        IdentityResult result = identify(IdentifyRequest.as(second).externalId("sink"));

        assertThat(result.warnings()).extracting(Warning::code).containsExactly(Warning.DEVICE_EVICTED);
        assertThat(devicesOf(visitorOf(after(second, result)))).hasSize(1);
        assertThatThrownBy(() -> visitorOf(first)).isInstanceOf(UnauthorizedException.class);
    }

    /** The device's credentials after the answer: the fresh token when the call rotated it. */
    private VisitorCredentials after(VisitorCredentials device, IdentityResult answer) {
        return answer.visitorToken()
                .map(token -> new VisitorCredentials(workspace, token))
                .orElse(device);
    }

    private VisitorCredentials newDevice() {
        return new VisitorCredentials(
                workspace, useCases.startVisitor().start(workspace).visitorToken());
    }

    private IdentityResult identify(IdentifyRequest request) {
        return useCases.identifyVisitor().identify(request.command());
    }

    private Visitor visitorOf(VisitorCredentials device) {
        return useCases.showCurrentVisitor().show(device).visitor();
    }

    private List<SeenDevice> devicesOf(Visitor visitor) {
        return persistence().visitors().devicesOf(workspace, visitor.id());
    }
}
