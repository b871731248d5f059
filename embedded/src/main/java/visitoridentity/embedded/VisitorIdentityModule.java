package visitoridentity.embedded;

import com.google.inject.PrivateModule;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import visitoridentity.adapters.persistence.SecretsKey;
import visitoridentity.application.UseCases;
import visitoridentity.application.admin.AuthenticateAdminUseCase;
import visitoridentity.application.context.ResolveTrustedContextUseCase;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.ShowCurrentVisitorUseCase;
import visitoridentity.application.lookup.FindVisitorsUseCase;
import visitoridentity.application.lookup.ShowContactUseCase;
import visitoridentity.application.lookup.ShowVisitorUseCase;
import visitoridentity.application.session.RevokeSessionUseCase;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.sign.SignIdentityUseCase;
import visitoridentity.application.start.StartVisitorUseCase;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.embedded.wiring.CoreModule;
import visitoridentity.embedded.wiring.PersistenceModule;

/**
 * visitor-identity for an application that already uses Guice: install it and inject
 * {@link UseCases} or any single use case interface. It runs the migrations on the given
 * {@link DataSource} when the use cases are first injected, starts no HTTP server and reads no
 * environment variable. Everything else it binds (the data source, the clock, the repositories)
 * stays private, so it cannot clash with the host's own bindings. The data source remains the
 * host's to close.
 */
public final class VisitorIdentityModule extends PrivateModule {
    private final DataSource dataSource;
    private final SecretsKey secretsKey;
    private final Clock clock;
    private final Optional<String> rootAdminToken;
    private final SessionLifetime sessionLifetime;

    /**
     * @param secretsKey base64 of 32 random bytes (for example {@code openssl rand -base64 32}): the
     *     AES-256 key that seals the signing secrets stored in this database; every later start on
     *     the same database needs the same key
     */
    public VisitorIdentityModule(DataSource dataSource, String secretsKey) {
        this(
                dataSource,
                SecretsKey.fromBase64(Objects.requireNonNull(secretsKey, "secretsKey")),
                Clock.systemUTC(),
                Optional.empty(),
                SessionLifetime.DEFAULT);
    }

    private VisitorIdentityModule(
            DataSource dataSource,
            SecretsKey secretsKey,
            Clock clock,
            Optional<String> rootAdminToken,
            SessionLifetime sessionLifetime) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.secretsKey = secretsKey;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rootAdminToken = rootAdminToken;
        this.sessionLifetime = Objects.requireNonNull(sessionLifetime, "sessionLifetime");
    }

    /** The same module with this clock instead of the system's. */
    public VisitorIdentityModule withClock(Clock otherClock) {
        return new VisitorIdentityModule(dataSource, secretsKey, otherClock, rootAdminToken, sessionLifetime);
    }

    /** The same module with this visitor session lifetime instead of the default (30 days idle, 400 days in all). */
    public VisitorIdentityModule withSessionLifetime(SessionLifetime lifetime) {
        return new VisitorIdentityModule(dataSource, secretsKey, clock, rootAdminToken, lifetime);
    }

    /**
     * The same module with a root admin token, which {@link AuthenticateAdminUseCase} accepts for
     * every workspace; without one, no bearer is root.
     */
    public VisitorIdentityModule withRootAdminToken(String token) {
        return new VisitorIdentityModule(
                dataSource, secretsKey, clock, Optional.of(Objects.requireNonNull(token, "token")), sessionLifetime);
    }

    @Override
    protected void configure() {
        bind(DataSource.class).toInstance(dataSource);
        install(new PersistenceModule(secretsKey));
        install(rootAdminToken
                .map(token -> new CoreModule(clock, SecretHash.of(token), sessionLifetime))
                .orElseGet(() -> CoreModule.withoutRootToken(clock, sessionLifetime)));
        expose(UseCases.class);
        expose(StartVisitorUseCase.class);
        expose(IdentifyVisitorUseCase.class);
        expose(ShowCurrentVisitorUseCase.class);
        expose(ResolveTrustedContextUseCase.class);
        expose(SignIdentityUseCase.class);
        expose(CreateWorkspaceUseCase.class);
        expose(ShowWorkspaceUseCase.class);
        expose(ChangeWorkspaceSettingsUseCase.class);
        expose(RotateSigningKeyUseCase.class);
        expose(FindVisitorsUseCase.class);
        expose(ShowVisitorUseCase.class);
        expose(ShowContactUseCase.class);
        expose(EraseVisitorUseCase.class);
        expose(RevokeSessionUseCase.class);
        expose(AuthenticateAdminUseCase.class);
    }
}
