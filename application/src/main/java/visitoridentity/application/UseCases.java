package visitoridentity.application;

import java.time.Clock;
import visitoridentity.application.admin.AuthenticateAdmin;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.context.ResolveTrustedContext;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.erase.EraseVisitor;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.event.ListEvents;
import visitoridentity.application.event.ListEventsUseCase;
import visitoridentity.application.identify.IdentifyVisitor;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitor;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.identify.VerificationMetrics;
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
import visitoridentity.application.token.ManagePublicKeys;
import visitoridentity.application.token.ManagePublicKeysUseCase;
import visitoridentity.application.token.SpendTokenId;
import visitoridentity.application.token.SpendTokenIdUseCase;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.application.webhook.ManageWebhooks;
import visitoridentity.application.webhook.ManageWebhooksUseCase;
import visitoridentity.application.webhook.WebhookTargets;
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
import visitoridentity.domain.error.InvalidFieldException;
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
        AuthenticateAdminUseCase authenticateAdmin,
        ManagePublicKeysUseCase managePublicKeys,
        SpendTokenIdUseCase spendTokenId,
        ListEventsUseCase listEvents,
        ManageWebhooksUseCase manageWebhooks) {

    /** Where a library without the server's delivery worker may send webhooks: nowhere. */
    public static final WebhookTargets NO_WEBHOOKS = url -> {
        throw new InvalidFieldException("url", "webhooks are delivered by the visitor-identity server");
    };

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
        return assemble(ports, clock, rootTokenHash, sessionLifetime, NO_WEBHOOKS, VerificationMetrics.NONE);
    }

    /**
     * As {@link #assemble(Ports, Clock, SecretHash, SessionLifetime)}; {@code webhookTargets} says where
     * webhooks may be sent, {@code verificationMetrics} counts an observing workspace's would-be refusals.
     */
    public static UseCases assemble(
            Ports ports,
            Clock clock,
            SecretHash rootTokenHash,
            SessionLifetime sessionLifetime,
            WebhookTargets webhookTargets,
            VerificationMetrics verificationMetrics) {
        IdentityEvents eventsOf = new IdentityEvents(ports.identifiers());
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
                        clock,
                        ports.events(),
                        verificationMetrics),
                new ShowCurrentVisitor(sessions, retry),
                new ResolveTrustedContext(sessions, retry),
                new SignIdentity(ports.signingKeys(), ports.visitors(), ports.workspaces(), ports.identifiers(), clock),
                new CheckSignature(ports.signingKeys(), clock),
                new CreateWorkspace(
                        ports.workspaces(),
                        ports.signingKeys(),
                        ports.identifiers(),
                        ports.secrets(),
                        ports.transactions(),
                        clock),
                new ShowWorkspace(ports.workspaces(), ports.signingKeys(), clock),
                new ListWorkspaces(ports.workspaces()),
                new ChangeWorkspaceSettings(ports.workspaces(), ports.transactions()),
                new RotateSigningKey(
                        ports.signingKeys(), ports.secrets(), ports.transactions(), clock, ports.events(), eventsOf),
                signingKeys,
                signingKeys,
                new FindVisitors(ports.visitors()),
                new ShowVisitor(ports.visitors()),
                new ShowContact(ports.contacts(), ports.visitors()),
                new EraseVisitor(
                        ports.visitors(),
                        ports.visitorTokens(),
                        contacts,
                        ports.transactions(),
                        clock,
                        ports.events(),
                        eventsOf),
                new RevokeSession(ports.workspaces(), ports.visitors(), ports.visitorTokens(), retry, clock),
                new AuthenticateAdmin(rootTokenHash, ports.workspaces()),
                new ManagePublicKeys(ports.workspaces(), ports.publicKeys(), ports.transactions(), clock),
                new SpendTokenId(ports.usedTokenIds(), clock),
                new ListEvents(ports.events()),
                new ManageWebhooks(
                        ports.webhooks(),
                        webhookTargets,
                        ports.identifiers(),
                        ports.secrets(),
                        ports.transactions(),
                        clock));
    }
}
