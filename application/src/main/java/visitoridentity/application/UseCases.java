package visitoridentity.application;

import java.time.Clock;
import visitoridentity.application.admin.AuthenticateAdmin;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.context.ResolveTrustedContext;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.erase.EraseVisitor;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.identify.IdentifyVisitor;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitor;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.lookup.FindVisitors;
import visitoridentity.application.lookup.FindVisitorsUseCase;
import visitoridentity.application.lookup.ShowContact;
import visitoridentity.application.lookup.ShowContactUseCase;
import visitoridentity.application.lookup.ShowVisitor;
import visitoridentity.application.lookup.ShowVisitorUseCase;
import visitoridentity.application.port.Ports;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.sign.SignIdentity;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.start.StartVisitor;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.application.workspace.ChangeWorkspaceSettings;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspace;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.RotateSigningKey;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.ShowWorkspace;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.domain.secret.SecretHash;

/**
 * Every use case, built once over one set of ports. The single place where the application services
 * are constructed, so the server's wiring, the embedded library and the tests assemble them alike.
 */
public record UseCases(
        StartVisitorUseCase startVisitor,
        IdentifyVisitorUseCase identifyVisitor,
        ShowCurrentVisitorUseCase showCurrentVisitor,
        ResolveTrustedContextUseCase resolveTrustedContext,
        SignIdentityUseCase signIdentity,
        CreateWorkspaceUseCase createWorkspace,
        ShowWorkspaceUseCase showWorkspace,
        ChangeWorkspaceSettingsUseCase changeWorkspaceSettings,
        RotateSigningKeyUseCase rotateSigningKey,
        FindVisitorsUseCase findVisitors,
        ShowVisitorUseCase showVisitor,
        ShowContactUseCase showContact,
        EraseVisitorUseCase eraseVisitor,
        AuthenticateAdminUseCase authenticateAdmin) {

    /** Builds every use case over the given ports; {@code rootTokenHash} is the hash of the root admin token. */
    public static UseCases assemble(Ports ports, Clock clock, SecretHash rootTokenHash) {
        RetryOnConflict retry = new RetryOnConflict(ports.transactions());
        VisitorSessions sessions = new VisitorSessions(ports.workspaces(), ports.visitors());
        ContactAssociation contacts =
                new ContactAssociation(ports.contacts(), ports.visitors(), ports.identifiers(), clock);
        return new UseCases(
                new StartVisitor(
                        ports.workspaces(), ports.visitors(), ports.identifiers(), ports.secrets(), retry, clock),
                new IdentifyVisitor(
                        sessions, ports.signingKeys(), ports.visitors(), contacts, ports.identifiers(), retry, clock),
                new ShowCurrentVisitor(sessions),
                new ResolveTrustedContext(sessions),
                new SignIdentity(ports.signingKeys(), ports.visitors()),
                new CreateWorkspace(
                        ports.workspaces(),
                        ports.signingKeys(),
                        ports.identifiers(),
                        ports.secrets(),
                        ports.transactions(),
                        clock),
                new ShowWorkspace(ports.workspaces()),
                new ChangeWorkspaceSettings(ports.workspaces(), ports.transactions()),
                new RotateSigningKey(ports.signingKeys(), ports.secrets(), ports.transactions(), clock),
                new FindVisitors(ports.visitors()),
                new ShowVisitor(ports.visitors()),
                new ShowContact(ports.contacts(), ports.visitors()),
                new EraseVisitor(ports.visitors(), contacts, ports.transactions()),
                new AuthenticateAdmin(rootTokenHash, ports.workspaces()));
    }
}
