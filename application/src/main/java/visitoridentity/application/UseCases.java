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
import visitoridentity.application.session.RevokeSession;
import visitoridentity.application.session.RevokeSessionUseCase;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.sign.CheckSignature;
import visitoridentity.application.sign.CheckSignatureUseCase;
import visitoridentity.application.sign.SignIdentity;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.start.StartVisitor;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.application.workspace.ChangeWorkspaceSettings;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspace;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.ListWorkspaces;
import visitoridentity.application.workspace.ListWorkspacesUseCase;
import visitoridentity.application.workspace.RevokeSigningKeyUseCase;
import visitoridentity.application.workspace.RotateSigningKey;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.ShowSigningKeysUseCase;
import visitoridentity.application.workspace.ShowWorkspace;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.application.workspace.SigningKeyAdministration;
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
        CheckSignatureUseCase checkSignature,
        CreateWorkspaceUseCase createWorkspace,
        ShowWorkspaceUseCase showWorkspace,
        ListWorkspacesUseCase listWorkspaces,
        ChangeWorkspaceSettingsUseCase changeWorkspaceSettings,
        RotateSigningKeyUseCase rotateSigningKey,
        ShowSigningKeysUseCase showSigningKeys,
        RevokeSigningKeyUseCase revokeSigningKey,
        FindVisitorsUseCase findVisitors,
        ShowVisitorUseCase showVisitor,
        ShowContactUseCase showContact,
        EraseVisitorUseCase eraseVisitor,
        RevokeSessionUseCase revokeSession,
        AuthenticateAdminUseCase authenticateAdmin) {

    /** As {@link #assemble(Ports, Clock, SecretHash, SessionLifetime)}, with the default session lifetime. */
    public static UseCases assemble(Ports ports, Clock clock, SecretHash rootTokenHash) {
        return assemble(ports, clock, rootTokenHash, SessionLifetime.DEFAULT);
    }

    /**
     * Builds every use case over the given ports; {@code rootTokenHash} is the hash of the root admin
     * token, {@code sessionLifetime} how long a visitor token lasts.
     */
    public static UseCases assemble(
            Ports ports, Clock clock, SecretHash rootTokenHash, SessionLifetime sessionLifetime) {
        RetryOnConflict retry = new RetryOnConflict(ports.transactions());
        VisitorSessions sessions = new VisitorSessions(
                ports.workspaces(), ports.visitors(), ports.visitorTokens(), sessionLifetime, clock);
        SigningKeyAdministration signingKeys =
                new SigningKeyAdministration(ports.signingKeys(), ports.transactions(), clock);
        ContactAssociation contacts =
                new ContactAssociation(ports.contacts(), ports.visitors(), ports.identifiers(), clock);
        return new UseCases(
                new StartVisitor(
                        ports.workspaces(), ports.visitors(), ports.identifiers(), ports.secrets(), retry, clock),
                new IdentifyVisitor(
                        sessions,
                        ports.signingKeys(),
                        ports.visitors(),
                        ports.visitorTokens(),
                        contacts,
                        ports.identifiers(),
                        ports.secrets(),
                        retry,
                        clock),
                new ShowCurrentVisitor(sessions, retry),
                new ResolveTrustedContext(sessions, retry),
                new SignIdentity(ports.signingKeys(), ports.visitors()),
                new CheckSignature(ports.signingKeys(), clock),
                new CreateWorkspace(
                        ports.workspaces(),
                        ports.signingKeys(),
                        ports.identifiers(),
                        ports.secrets(),
                        ports.transactions(),
                        clock),
                new ShowWorkspace(ports.workspaces()),
                new ListWorkspaces(ports.workspaces()),
                new ChangeWorkspaceSettings(ports.workspaces(), ports.transactions()),
                new RotateSigningKey(ports.signingKeys(), ports.secrets(), ports.transactions(), clock),
                signingKeys,
                signingKeys,
                new FindVisitors(ports.visitors()),
                new ShowVisitor(ports.visitors()),
                new ShowContact(ports.contacts(), ports.visitors()),
                new EraseVisitor(ports.visitors(), ports.visitorTokens(), contacts, ports.transactions(), clock),
                new RevokeSession(ports.workspaces(), ports.visitors(), ports.visitorTokens(), retry, clock),
                new AuthenticateAdmin(rootTokenHash, ports.workspaces()));
    }
}
