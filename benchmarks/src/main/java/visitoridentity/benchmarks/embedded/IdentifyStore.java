package visitoridentity.benchmarks.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import visitoridentity.adapters.persistence.CachedSettings;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.adapters.persistence.JdbiPersistence;
import visitoridentity.adapters.persistence.SecretsKey;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.port.Ports;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;
import visitoridentity.embedded.random.RandomIdentifiers;
import visitoridentity.embedded.random.SecureRandomSecrets;

/**
 * The server's storage stack without the server: an H2 file database in a temporary directory with
 * the production pool settings ({@link DataSources#pooled}), {@link JdbiPersistence} over it (settings
 * and keys cached by {@link CachedSettings}, as the embedded library wires them) and
 * the use cases assembled over that, as the embedded library builds them. One workspace in REQUIRED
 * mode and {@code visitors} started visitors, each with a signed identify command ready to send.
 */
final class IdentifyStore implements AutoCloseable {
    private final Path directory;
    private final HikariDataSource dataSource;
    private final JdbiPersistence persistence;
    private final UseCases useCases;
    private final List<IdentifyVisitorCommand> commands;
    private final WorkspaceId workspace;
    private final SigningKey key;

    private IdentifyStore(Path directory, int visitors, Clock clock) {
        this.directory = directory;
        this.dataSource = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "");
        byte[] sealingKey = new byte[SecretsKey.LENGTH_BYTES];
        new SecureRandom().nextBytes(sealingKey);
        this.persistence = JdbiPersistence.open(dataSource, SecretsKey.of(sealingKey));
        SecureRandomSecrets secrets = new SecureRandomSecrets();
        CachedSettings settings = CachedSettings.over(persistence);
        Ports ports = new Ports(
                settings.workspaces(),
                settings.signingKeys(),
                persistence.visitors(),
                persistence.visitorTokens(),
                persistence.contacts(),
                persistence.publicKeys(),
                persistence.usedTokenIds(),
                persistence.events(),
                persistence.webhooks(),
                persistence.transactions(),
                new RandomIdentifiers(),
                secrets);
        this.useCases = UseCases.assemble(ports, clock, SecretHash.of(secrets.newRootToken()));
        CreatedWorkspace workspace = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("benchmark"),
                        VerificationMode.REQUIRED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY));
        this.workspace = workspace.workspace().id();
        this.key = persistence
                .signingKeys()
                .findByWorkspace(this.workspace)
                .orElseThrow()
                .active();
        this.commands = new ArrayList<>(visitors);
        for (int i = 0; i < visitors; i++) {
            commands.add(newDevice("user_" + i));
        }
    }

    static IdentifyStore open(int visitors) {
        return open(visitors, Clock.systemUTC());
    }

    /** The same on the given clock (the use cases read nothing else for the time). */
    static IdentifyStore open(int visitors, Clock clock) {
        try {
            return new IdentifyStore(Files.createTempDirectory("visitor-identity-bench"), visitors, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    UseCases useCases() {
        return useCases;
    }

    /** The pool the adapter uses, for a baseline that must run on the same database with the same settings. */
    HikariDataSource dataSource() {
        return dataSource;
    }

    /** The signed identify of the i-th visitor (modulo their number). */
    IdentifyVisitorCommand command(int i) {
        return commands.get(Math.floorMod(i, commands.size()));
    }

    /** Links every visitor to its external id, so that later identifies are those of a known visitor. */
    void identifyEachOnce() {
        commands.forEach(useCases.identifyVisitor()::identify);
    }

    /**
     * Gives every visitor {@code devices} devices in all, and a second user per visitor the rest of
     * {@code total}, so that the database holds the same rows whatever {@code devices} is: each
     * further device starts as a new visitor and identifies as the user, which merges it into the
     * user's visitor.
     */
    void addDevices(int devices, int total) {
        for (int i = 0; i < commands.size(); i++) {
            for (int d = 1; d < devices; d++) {
                useCases.identifyVisitor().identify(newDevice("user_" + i));
            }
            for (int d = devices; d < total; d++) { // the second user's first device too
                useCases.identifyVisitor().identify(newDevice("other_" + i));
            }
        }
    }

    /** A new visitor (a device) and the signed identify that makes it the user with this external id. */
    private IdentifyVisitorCommand newDevice(String externalId) {
        StartedVisitor started = useCases.startVisitor().start(workspace);
        return identify(
                new VisitorCredentials(workspace, started.visitorToken()),
                externalId,
                HmacSha256.sign(key, PlainValue.of(externalId)));
    }

    @Override
    public void close() throws IOException {
        persistence.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What the native API builds from {@code {externalId, metadata: {plan, page}, signatures: {externalId}}}. */
    private static IdentifyVisitorCommand identify(
            VisitorCredentials credentials, String externalId, String signature) {
        JsonObject metadata = (JsonObject) CompactJson.parse("{\"plan\":\"pro\",\"page\":\"/pricing\"}");
        return IdentifyVisitorCommand.builder(credentials)
                .externalId(externalId)
                .metadata(MetadataPatch.merge(metadata))
                .proof(new PerClaimSignatures(Optional.of(signature), Optional.empty(), Optional.empty()))
                .build();
    }
}
