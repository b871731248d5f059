package visitoridentity.adapters.persistence;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import visitoridentity.application.port.AnonymousVisitorRepository;
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
 * The persistence adapter: every repository port and the transaction boundary over one {@link
 * DataSource} (H2 or PostgreSQL), with one {@link Jdbi}. It owns the data source: {@link #close()}
 * closes it when it can be closed (a connection pool).
 */
public final class JdbiPersistence implements AutoCloseable {
    private static final int READY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final Database database;
    private final List<AutoCloseable> closeFirst = new CopyOnWriteArrayList<>();
    private final Jdbi jdbi;
    private final JdbiTransactions transactions;
    private final WorkspaceRepository workspaces;
    private final SigningKeyRepository signingKeys;
    private final VisitorRepository visitors;
    private final VisitorTokenRepository visitorTokens;
    private final ContactRepository contacts;
    private final AnonymousVisitorRepository anonymousVisitors;
    private final PublicKeyRepository publicKeys;
    private final UsedTokenIdRepository usedTokenIds;
    private final IdentityEventRepository events;
    private final WebhookRepository webhooks;

    private JdbiPersistence(DataSource dataSource, Database database, SecretsKey secretsKey) {
        this.dataSource = dataSource;
        this.database = database;
        this.jdbi = configured(Jdbi.create(dataSource));
        this.transactions = new JdbiTransactions(
                jdbi, database.isolation(), database.handsOutConnectionsAtItsIsolation(dataSource));
        this.workspaces = new JdbiWorkspaceRepository(transactions);
        this.signingKeys = new JdbiSigningKeyRepository(transactions, new SealedSecrets(secretsKey));
        this.visitors = new JdbiVisitorRepository(transactions);
        this.visitorTokens = new JdbiVisitorTokenRepository(transactions);
        this.contacts = new JdbiContactRepository(transactions);
        this.anonymousVisitors = new JdbiAnonymousVisitorRepository(transactions, database);
        this.publicKeys = new JdbiPublicKeyRepository(transactions);
        this.usedTokenIds = new JdbiUsedTokenIdRepository(transactions);
        this.events = new JdbiIdentityEventRepository(transactions);
        this.webhooks = new JdbiWebhookRepository(transactions, new SealedSecrets(secretsKey), database);
    }

    /**
     * Migrates the database's schema to the newest version, then serves the ports over it. Signing
     * secrets are sealed under {@code secretsKey}: the same key must open the database every time.
     */
    public static JdbiPersistence open(DataSource dataSource, SecretsKey secretsKey) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(secretsKey, "secretsKey");
        Database database = Database.of(dataSource);
        database.migrate(dataSource, secretsKey);
        return new JdbiPersistence(dataSource, database, secretsKey);
    }

    /** Migrates the database's schema to the newest version and nothing else (the {@code migrate} command). */
    public static void migrate(DataSource dataSource, SecretsKey secretsKey) {
        Database.of(dataSource).migrate(dataSource, secretsKey);
    }

    public WorkspaceRepository workspaces() {
        return workspaces;
    }

    public SigningKeyRepository signingKeys() {
        return signingKeys;
    }

    public VisitorRepository visitors() {
        return visitors;
    }

    public VisitorTokenRepository visitorTokens() {
        return visitorTokens;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public PublicKeyRepository publicKeys() {
        return publicKeys;
    }

    public UsedTokenIdRepository usedTokenIds() {
        return usedTokenIds;
    }

    public AnonymousVisitorRepository anonymousVisitors() {
        return anonymousVisitors;
    }

    public IdentityEventRepository events() {
        return events;
    }

    public WebhookRepository webhooks() {
        return webhooks;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** The transaction boundary with what only this package uses (reads kept, actions after the end). */
    JdbiTransactions jdbiTransactions() {
        return transactions;
    }

    DataSource dataSource() {
        return dataSource;
    }

    Database database() {
        return database;
    }

    /** Closes {@code resource} (a listener on the database) before the data source, when this closes. */
    void closeFirst(AutoCloseable resource) {
        closeFirst.add(resource);
    }

    /** The one {@link Jdbi} every repository runs on (tests in this package watch its statements). */
    Jdbi jdbi() {
        return jdbi;
    }

    /** True when the database answers a trivial query within a couple of seconds. */
    public boolean isReady() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1")
                            .setQueryTimeout(READY_TIMEOUT_SECONDS)
                            .mapTo(Integer.class)
                            .one())
                    == 1;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Closes the data source (the connection pool); on an H2 file database that also closes the database. */
    @Override
    public void close() {
        for (AutoCloseable resource : closeFirst) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + resource, e);
            }
        }
        closeFirst.clear();
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the data source", e);
            }
        }
    }

    private static Jdbi configured(Jdbi jdbi) {
        jdbi.registerArgument(new UtcTimestamps());
        jdbi.registerRowMapper(WorkspaceRow.class, WorkspaceRow::read);
        jdbi.registerRowMapper(SigningKeyRow.class, SigningKeyRow::read);
        jdbi.registerRowMapper(ContactRow.class, ContactRow::read);
        jdbi.registerRowMapper(VisitorRow.class, VisitorRow::read);
        jdbi.registerRowMapper(AnonymousIdRow.class, AnonymousIdRow::read);
        // A statement error carries the driver's message but never the bound values (emails,
        // external ids, token hashes, signing secrets): exception messages end up in logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }
}
