package visitoridentity.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.lookup.FindVisitorsQuery;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.error.UnauthorizedException;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** A workspace never sees another workspace's visitors, contacts or tokens. */
class WorkspaceIsolationTest {

    @Test
    void aVisitorTokenDoesNotWorkInAnotherWorkspace() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        Device device = s.newDevice();
        CreatedWorkspace other = otherWorkspace(s);

        assertThatThrownBy(() -> s.useCases
                        .showCurrentVisitor()
                        .show(new VisitorCredentials(
                                other.workspace().id(), device.credentials().visitorToken())))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void anotherWorkspaceFindsNothingByIdExternalIdOrEmail() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        IdentityResult known =
                s.identify(s.newDevice().request().externalId("user_1").email("jane@example.com"));
        CreatedWorkspace other = otherWorkspace(s);

        assertThatThrownBy(() -> s.useCases
                        .showVisitor()
                        .show(other.workspace().id(), known.visitor().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.useCases
                        .showContact()
                        .show(
                                other.workspace().id(),
                                known.visitor().contactId().orElseThrow()))
                .isInstanceOf(NotFoundException.class);
        assertThat(s.useCases
                        .findVisitors()
                        .find(new FindVisitorsQuery(
                                other.workspace().id(),
                                Optional.of(ExternalId.of("user_1")),
                                Optional.of(Email.of("jane@example.com")),
                                10,
                                Optional.empty()))
                        .visitors())
                .isEmpty();
    }

    @Test
    void theSameTrustedExternalIdInTwoWorkspacesIsTwoPeople() {
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        IdentityResult first = s.identify(s.newDevice().request().externalId("user_1"));
        CreatedWorkspace other = otherWorkspace(s);
        var started = s.useCases.startVisitor().start(other.workspace().id());

        IdentityResult second = s.useCases
                .identifyVisitor()
                .identify(IdentifyRequest.as(
                                new VisitorCredentials(other.workspace().id(), started.visitorToken()))
                        .externalId("user_1")
                        .command());

        assertThat(second.visitor().id()).isNotEqualTo(first.visitor().id());
    }

    private static CreatedWorkspace otherWorkspace(Scenario s) {
        return s.useCases
                .createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Other"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY));
    }
}
