package visitoridentity.adapters.persistence;

import java.time.Instant;
import visitoridentity.application.UseCases;
import visitoridentity.application.fake.CountingSecrets;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.application.port.Ports;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.domain.secret.SecretHash;

/** Every use case over one adapter, as the server assembles them, with test clocks and secrets. */
final class Application {
    private Application() {}

    static UseCases over(JdbiPersistence persistence) {
        return over(persistence, new MutableClock(Instant.parse("2026-01-01T00:00:00Z")), SessionLifetime.DEFAULT);
    }

    /** The same on a clock the test moves, with the given session lifetime. */
    static UseCases over(JdbiPersistence persistence, MutableClock clock, SessionLifetime sessionLifetime) {
        return over(persistence, persistence.workspaces(), persistence.signingKeys(), clock, sessionLifetime);
    }

    /** As the server assembles them: workspace settings and signing keys read through the cache. */
    static UseCases overCachedSettings(JdbiPersistence persistence) {
        CachedSettings settings = CachedSettings.over(persistence);
        return over(
                persistence,
                settings.workspaces(),
                settings.signingKeys(),
                new MutableClock(Instant.parse("2026-01-01T00:00:00Z")),
                SessionLifetime.DEFAULT);
    }

    private static UseCases over(
            JdbiPersistence persistence,
            WorkspaceRepository workspaces,
            SigningKeyRepository signingKeys,
            MutableClock clock,
            SessionLifetime sessionLifetime) {
        return UseCases.assemble(
                new Ports(
                        workspaces,
                        signingKeys,
                        persistence.visitors(),
                        persistence.visitorTokens(),
                        persistence.contacts(),
                        persistence.publicKeys(),
                        persistence.usedTokenIds(),
                        persistence.events(),
                        persistence.webhooks(),
                        persistence.transactions(),
                        new UniqueIdentifiers(),
                        new CountingSecrets()),
                clock,
                SecretHash.of("root-token-for-tests"),
                sessionLifetime);
    }
}
