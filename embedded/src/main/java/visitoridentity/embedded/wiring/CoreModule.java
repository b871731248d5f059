package visitoridentity.embedded.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.util.Optional;
import visitoridentity.application.UseCases;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.identify.VerificationMetrics;
import visitoridentity.application.lookup.FindVisitorsUseCase;
import visitoridentity.application.lookup.ShowContactUseCase;
import visitoridentity.application.lookup.ShowVisitorUseCase;
import visitoridentity.application.port.ContactRepository;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.Ports;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.application.session.RevokeSessionUseCase;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.webhook.WebhookTargets;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.RevokeSigningKeyUseCase;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.ShowSigningKeysUseCase;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.embedded.random.RandomIdentifiers;
import visitoridentity.embedded.random.SecureRandomSecrets;

/**
 * The application core: every use case, assembled once by {@link UseCases#assemble} over the
 * repositories another module binds, the secure random sources, a clock, the root token's hash and
 * how long a visitor session lasts.
 * Each use case is also bound on its own interface. Where webhooks may go ({@link WebhookTargets})
 * and where observe mode counts ({@link VerificationMetrics}) are optional bindings another module
 * sets (the server); without them no webhook can be registered and nothing is counted.
 */
public final class CoreModule extends AbstractModule {
    private final Clock clock;
    private final SecretHash rootTokenHash;
    private final SessionLifetime sessionLifetime;

    public CoreModule(Clock clock, SecretHash rootTokenHash) {
        this(clock, rootTokenHash, SessionLifetime.DEFAULT);
    }

    public CoreModule(Clock clock, SecretHash rootTokenHash, SessionLifetime sessionLifetime) {
        this.clock = clock;
        this.rootTokenHash = rootTokenHash;
        this.sessionLifetime = sessionLifetime;
    }

    /** A core that no bearer can administer as root: the hash is of a random token nobody keeps. */
    public static CoreModule withoutRootToken(Clock clock, SessionLifetime sessionLifetime) {
        return new CoreModule(clock, SecretHash.of(new SecureRandomSecrets().newRootToken()), sessionLifetime);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), WebhookTargets.class);
        OptionalBinder.newOptionalBinder(binder(), VerificationMetrics.class);
    }

    @Provides
    @Singleton
    Ports ports(
            WorkspaceRepository workspaces,
            SigningKeyRepository signingKeys,
            VisitorRepository visitors,
            VisitorTokenRepository visitorTokens,
            ContactRepository contacts,
            PublicKeyRepository publicKeys,
            UsedTokenIdRepository usedTokenIds,
            IdentityEventRepository events,
            WebhookRepository webhooks,
            Transactions transactions) {
        return new Ports(
                workspaces,
                signingKeys,
                visitors,
                visitorTokens,
                contacts,
                publicKeys,
                usedTokenIds,
                events,
                webhooks,
                transactions,
                new RandomIdentifiers(),
                new SecureRandomSecrets());
    }

    @Provides
    @Singleton
    UseCases useCases(
            Ports ports, Optional<WebhookTargets> webhookTargets, Optional<VerificationMetrics> verificationMetrics) {
        return UseCases.assemble(
                ports,
                clock,
                rootTokenHash,
                sessionLifetime,
                webhookTargets.orElse(UseCases.NO_WEBHOOKS),
                verificationMetrics.orElse(VerificationMetrics.NONE));
    }

    @Provides
    StartVisitorUseCase startVisitor(UseCases useCases) {
        return useCases.startVisitor();
    }

    @Provides
    IdentifyVisitorUseCase identifyVisitor(UseCases useCases) {
        return useCases.identifyVisitor();
    }

    @Provides
    ShowCurrentVisitorUseCase showCurrentVisitor(UseCases useCases) {
        return useCases.showCurrentVisitor();
    }

    @Provides
    ResolveTrustedContextUseCase resolveTrustedContext(UseCases useCases) {
        return useCases.resolveTrustedContext();
    }

    @Provides
    SignIdentityUseCase signIdentity(UseCases useCases) {
        return useCases.signIdentity();
    }

    @Provides
    CreateWorkspaceUseCase createWorkspace(UseCases useCases) {
        return useCases.createWorkspace();
    }

    @Provides
    ShowWorkspaceUseCase showWorkspace(UseCases useCases) {
        return useCases.showWorkspace();
    }

    @Provides
    ChangeWorkspaceSettingsUseCase changeWorkspaceSettings(UseCases useCases) {
        return useCases.changeWorkspaceSettings();
    }

    @Provides
    RotateSigningKeyUseCase rotateSigningKey(UseCases useCases) {
        return useCases.rotateSigningKey();
    }

    @Provides
    ShowSigningKeysUseCase showSigningKeys(UseCases useCases) {
        return useCases.showSigningKeys();
    }

    @Provides
    RevokeSigningKeyUseCase revokeSigningKey(UseCases useCases) {
        return useCases.revokeSigningKey();
    }

    @Provides
    FindVisitorsUseCase findVisitors(UseCases useCases) {
        return useCases.findVisitors();
    }

    @Provides
    ShowVisitorUseCase showVisitor(UseCases useCases) {
        return useCases.showVisitor();
    }

    @Provides
    ShowContactUseCase showContact(UseCases useCases) {
        return useCases.showContact();
    }

    @Provides
    EraseVisitorUseCase eraseVisitor(UseCases useCases) {
        return useCases.eraseVisitor();
    }

    @Provides
    RevokeSessionUseCase revokeSession(UseCases useCases) {
        return useCases.revokeSession();
    }

    @Provides
    AuthenticateAdminUseCase authenticateAdmin(UseCases useCases) {
        return useCases.authenticateAdmin();
    }
}
