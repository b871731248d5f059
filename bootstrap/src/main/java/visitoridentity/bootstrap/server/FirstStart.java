package visitoridentity.bootstrap.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.UseCases;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.bootstrap.config.DataDirectory;
import visitoridentity.bootstrap.config.InvalidConfigurationException;
import visitoridentity.bootstrap.config.ServerConfiguration;
import visitoridentity.bootstrap.config.Setting;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;
import visitoridentity.embedded.random.SecureRandomSecrets;

/**
 * What lets a server started with no configuration be tried at once: on H2, a root token generated
 * when none is configured and a demo workspace, both remembered in the data directory. On
 * PostgreSQL, where several instances share the database and none owns a disk, the root token must
 * be configured and no demo workspace is made.
 */
final class FirstStart {
    static final WorkspaceSettings DEMO_SETTINGS = new WorkspaceSettings(
            WorkspaceName.of("Demo"), VerificationMode.REQUIRED, MetadataPolicy.DEFAULT, AllowedOrigins.ANY);

    private final ServerConfiguration configuration;
    private final Path stateFile;
    private final ServerState state;
    private final Optional<String> generatedRootToken;
    private final SecretHash rootTokenHash;

    private FirstStart(
            ServerConfiguration configuration,
            ServerState state,
            Optional<String> generatedRootToken,
            SecretHash rootTokenHash) {
        this.configuration = configuration;
        this.stateFile = stateFile(configuration);
        this.state = state;
        this.generatedRootToken = generatedRootToken;
        this.rootTokenHash = rootTokenHash;
    }

    /** Decides the root token before anything starts; reads the data directory, writes nothing. */
    static FirstStart prepare(ServerConfiguration configuration, SecureRandomSecrets secrets) {
        if (!configuration.usesH2()) {
            String token = configuration
                    .adminToken()
                    .orElseThrow(() -> new InvalidConfigurationException(List.of(
                            Setting.ADMIN_TOKEN.key() + " must be set when the database is PostgreSQL: every instance"
                                    + " sharing the database must accept the same root token")));
            return new FirstStart(
                    configuration,
                    new ServerState(Optional.empty(), Optional.empty()),
                    Optional.empty(),
                    SecretHash.of(token));
        }
        ServerState state = ServerState.read(stateFile(configuration));
        if (configuration.adminToken().isPresent()) {
            return new FirstStart(
                    configuration,
                    state,
                    Optional.empty(),
                    SecretHash.of(configuration.adminToken().get()));
        }
        if (state.rootTokenHash().isPresent()) {
            return new FirstStart(
                    configuration,
                    state,
                    Optional.empty(),
                    state.rootTokenHash().get());
        }
        String token = secrets.newRootToken();
        return new FirstStart(configuration, state, Optional.of(token), SecretHash.of(token));
    }

    SecretHash rootTokenHash() {
        return rootTokenHash;
    }

    /** Creates the demo workspace if there is none yet, remembers what was made, and says what to print. */
    Welcome complete(UseCases useCases, String url) {
        if (!configuration.usesH2()) {
            return new Welcome(url, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<WorkspaceId> existingDemo = state.demoWorkspaceId().filter(id -> exists(useCases, id));
        Optional<CreatedWorkspace> newDemo = existingDemo.isPresent()
                ? Optional.empty()
                : Optional.of(useCases.createWorkspace().create(DEMO_SETTINGS));
        ServerState next = newDemo.map(
                        demo -> state.withDemoWorkspace(demo.workspace().id()))
                .orElse(state);
        if (generatedRootToken.isPresent()) {
            next = next.withRootTokenHash(rootTokenHash);
        }
        if (!next.equals(state)) {
            next.write(stateFile);
        }
        boolean reachableFromOtherMachines = !configuration.bindAddress().equals("127.0.0.1");
        if (newDemo.isPresent() && configuration.adminToken().isPresent()) {
            // A configured root token means an operator, whose console may well be a shared log:
            // the demo's secrets go to a file only this user can read.
            Welcome forTheFile = new Welcome(url, newDemo, existingDemo, Optional.empty());
            Path file = DataDirectory.prepare(configuration.dataDirectory())
                    .writePrivate(Welcome.DEMO_SECRETS_FILE, forTheFile.demoSecretsFileText());
            return new Welcome(
                    url,
                    newDemo,
                    existingDemo,
                    generatedRootToken,
                    Optional.of(file),
                    reachableFromOtherMachines,
                    configuration.demo());
        }
        return new Welcome(
                url,
                newDemo,
                existingDemo,
                generatedRootToken,
                Optional.empty(),
                reachableFromOtherMachines,
                configuration.demo());
    }

    private static boolean exists(UseCases useCases, WorkspaceId id) {
        try {
            useCases.showWorkspace().show(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static Path stateFile(ServerConfiguration configuration) {
        return configuration.dataDirectory().resolve(ServerState.FILE_NAME);
    }
}
