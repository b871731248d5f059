package visitoridentity.embedded.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import visitoridentity.adapters.persistence.CachedSettings;
import visitoridentity.adapters.persistence.JdbiPersistence;
import visitoridentity.adapters.persistence.SecretsKey;
import visitoridentity.application.port.ContactRepository;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.PublicKeyRepository;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.UsedTokenIdRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WorkspaceRepository;

/**
 * The JDBI persistence adapter over whatever {@link DataSource} another module binds. Opening it
 * migrates the schema, so it happens when the adapter is first needed, not when this module is read.
 */
public final class PersistenceModule extends AbstractModule {
    private final SecretsKey secretsKey;

    /** @param secretsKey the key that seals the signing secrets in this database */
    public PersistenceModule(SecretsKey secretsKey) {
        this.secretsKey = secretsKey;
    }

    @Provides
    @Singleton
    JdbiPersistence persistence(DataSource dataSource) {
        return JdbiPersistence.open(dataSource, secretsKey);
    }

    /** Workspace settings and signing keys read from an in-process cache; closed with the persistence. */
    @Provides
    @Singleton
    @SuppressWarnings("CloseableProvides") // the persistence adapter closes it when it closes
    CachedSettings cachedSettings(JdbiPersistence persistence) {
        return CachedSettings.over(persistence);
    }

    @Provides
    WorkspaceRepository workspaces(CachedSettings settings) {
        return settings.workspaces();
    }

    @Provides
    SigningKeyRepository signingKeys(CachedSettings settings) {
        return settings.signingKeys();
    }

    @Provides
    VisitorRepository visitors(JdbiPersistence persistence) {
        return persistence.visitors();
    }

    @Provides
    VisitorTokenRepository visitorTokens(JdbiPersistence persistence) {
        return persistence.visitorTokens();
    }

    @Provides
    ContactRepository contacts(JdbiPersistence persistence) {
        return persistence.contacts();
    }

    @Provides
    PublicKeyRepository publicKeys(JdbiPersistence persistence) {
        return persistence.publicKeys();
    }

    @Provides
    UsedTokenIdRepository usedTokenIds(JdbiPersistence persistence) {
        return persistence.usedTokenIds();
    }

    @Provides
    IdentityEventRepository events(JdbiPersistence persistence) {
        return persistence.events();
    }

    @Provides
    WebhookRepository webhooks(JdbiPersistence persistence) {
        return persistence.webhooks();
    }

    @Provides
    Transactions transactions(JdbiPersistence persistence) {
        return persistence.transactions();
    }

    @Provides
    @Readiness
    BooleanSupplier readiness(JdbiPersistence persistence) {
        return persistence::isReady;
    }
}
