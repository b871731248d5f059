package visitoridentity.bootstrap.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import visitoridentity.adapters.http.json.Timestamps;
import visitoridentity.adapters.persistence.JdbiPersistence;
import visitoridentity.application.UseCases;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.MintIdentityTokenCommand;
import visitoridentity.application.sign.MintedIdentityToken;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.application.workspace.RotateSigningKeyCommand;
import visitoridentity.application.workspace.RotatedSigningKey;
import visitoridentity.bootstrap.config.DataDirectory;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.wiring.DatabaseModule;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceSettings;
import visitoridentity.embedded.wiring.CoreModule;
import visitoridentity.embedded.wiring.PersistenceModule;

/** The use cases over the configured (and thereby migrated) database, for the length of one command. */
final class DatabaseSession implements Administration {
    private final JdbiPersistence persistence;
    private final UseCases useCases;

    private DatabaseSession(Injector injector) {
        this.persistence = injector.getInstance(JdbiPersistence.class);
        this.useCases = injector.getInstance(UseCases.class);
    }

    static DatabaseSession open(ServerConfiguration configuration) {
        return new DatabaseSession(Guice.createInjector(
                Stage.PRODUCTION,
                new DatabaseModule(configuration),
                new PersistenceModule(DataDirectory.secretsKey(configuration)),
                CoreModule.withoutRootToken(Clock.systemUTC(), SessionLifetime.DEFAULT)));
    }

    @Override
    public CreatedWorkspaceLines create(WorkspaceSettings settings) {
        CreatedWorkspace created = useCases.createWorkspace().create(settings);
        return new CreatedWorkspaceLines(
                lines(created.workspace()), created.signingSecret().value(), created.adminKey());
    }

    @Override
    public WorkspaceLines show(WorkspaceId workspaceId) {
        return lines(useCases.showWorkspace().show(workspaceId));
    }

    @Override
    public List<WorkspaceLines> list() {
        return useCases.listWorkspaces().list().stream()
                .map(DatabaseSession::lines)
                .toList();
    }

    @Override
    public RotatedKeyLines rotateKey(WorkspaceId workspaceId, long graceSeconds) {
        RotatedSigningKey rotated = useCases.rotateSigningKey()
                .rotate(RotateSigningKeyCommand.withNewSecret(workspaceId, Duration.ofSeconds(graceSeconds)));
        return new RotatedKeyLines(rotated.signingSecret().value(), Timestamps.format(rotated.previousKeyValidUntil()));
    }

    @Override
    public IdentitySignatures sign(SignIdentityCommand command) {
        return useCases.signIdentity().sign(command);
    }

    @Override
    public MintedIdentityToken mint(MintIdentityTokenCommand command) {
        return useCases.signIdentity().mint(command);
    }

    @Override
    public void close() {
        persistence.close(); // and with it the connection pool
    }

    private static WorkspaceLines lines(Workspace workspace) {
        MetadataPolicy limit = workspace.metadataPolicy();
        return new WorkspaceLines(
                workspace.id().value(),
                workspace.name().value(),
                lower(workspace.verificationMode()),
                limit.max(),
                lower(limit.unit()),
                lower(limit.overflow()),
                workspace.allowedOrigins().origins(),
                Timestamps.format(workspace.createdAt()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
