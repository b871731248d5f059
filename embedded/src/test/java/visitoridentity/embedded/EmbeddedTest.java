package visitoridentity.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import visitoridentity.adapters.persistence.DataSources;
import visitoridentity.application.UseCases;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.application.identify.IdentifyVisitorCommand;
import visitoridentity.application.identify.IdentifyVisitorUseCase;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.lookup.FindVisitorsQuery;
import visitoridentity.application.lookup.VisitorPage;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.SessionExpiredException;
import visitoridentity.domain.error.SessionRevokedException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** visitor-identity inside another JVM: the whole flow, the choice of database, the clock, the root token, Guice. */
class EmbeddedTest {
    private static final Path THIS_FILE = Path.of("src/test/java/visitoridentity/embedded/EmbeddedTest.java");
    private static final String SECRETS_KEY = "ZW1iZWRkZWQtdGVzdC1zZWNyZXRzLWtleS0wMTIzNDU=";

    @Test
    void anEmbeddedInstanceIdentifiesSignsLooksUpAndClosesWithoutOpeningAPort() {
        assumeTrue(ListeningSockets.available(), "needs Linux's /proc to see listening sockets");
        Set<Integer> listeningBefore = ListeningSockets.ofThisProcess();

        VisitorIdentity identity = VisitorIdentity.embedded().inMemory().build();
        UseCases useCases = identity.useCases();

        // An administrator creates a workspace; its signing secret goes to your backend.
        CreatedWorkspace shop = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.REQUIRED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY));
        WorkspaceId workspace = shop.workspace().id();

        // The widget starts in a browser: an anonymous visitor and its bearer token.
        StartedVisitor visitor = useCases.startVisitor().start(workspace);

        // Your backend signs the user's id with the workspace's active key.
        String signature = useCases.signIdentity()
                .sign(new SignIdentityCommand(
                        workspace, Optional.of("user_123"), Optional.empty(), Optional.empty(), Optional.empty()))
                .externalId()
                .orElseThrow();

        // The browser identifies with that signature: the external id is verified.
        IdentityResult identified = useCases.identifyVisitor()
                .identify(IdentifyVisitorCommand.builder(new VisitorCredentials(workspace, visitor.visitorToken()))
                        .externalId("user_123")
                        .proof(new PerClaimSignatures(Optional.of(signature), Optional.empty(), Optional.empty()))
                        .build());

        // The agent console looks the visitor up by its external id.
        VisitorPage found = useCases.findVisitors()
                .find(new FindVisitorsQuery(
                        workspace, Optional.of(ExternalId.of("user_123")), Optional.empty(), 20, Optional.empty()));

        identity.close();

        assertThat(identified.hmacVerified()).isTrue();
        assertThat(found.visitors()).extracting(Visitor::id).containsExactly(visitor.visitorId());
        assertThat(ListeningSockets.ofThisProcess()).isEqualTo(listeningBefore);
    }

    @Test
    void theListeningSocketProbeSeesAPortThisJvmOpens() throws IOException {
        assumeTrue(ListeningSockets.available(), "needs Linux's /proc to see listening sockets");

        try (ServerSocket socket = new ServerSocket(0)) {
            assertThat(ListeningSockets.ofThisProcess()).contains(socket.getLocalPort());
        }
    }

    @Test
    void aGivenDataSourceIsMigratedAndStaysTheHostsToClose(@TempDir Path directory) throws SQLException {
        try (HikariDataSource hostDatabase = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "")) {
            VisitorIdentity identity = VisitorIdentity.embedded()
                    .dataSource(hostDatabase)
                    .secretsKey(SECRETS_KEY)
                    .build();
            WorkspaceId workspace = createWorkspace(identity.useCases());

            identity.close();

            assertThat(hostDatabase.isClosed()).isFalse();
            try (Connection connection = hostDatabase.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            try (VisitorIdentity reopened = VisitorIdentity.embedded()
                    .dataSource(hostDatabase)
                    .secretsKey(SECRETS_KEY)
                    .build()) {
                assertThat(reopened.useCases()
                                .showWorkspace()
                                .show(workspace)
                                .name()
                                .value())
                        .isEqualTo("Shop");
            }
        }
    }

    @Test
    void eachInMemoryInstanceHasItsOwnDatabase() {
        try (VisitorIdentity first = VisitorIdentity.embedded().inMemory().build();
                VisitorIdentity second = VisitorIdentity.embedded().inMemory().build()) {
            WorkspaceId workspace = createWorkspace(first.useCases());

            assertThatThrownBy(() -> second.useCases().showWorkspace().show(workspace))
                    .hasMessageContaining(workspace.value());
        }
    }

    @Test
    void theGivenClockStampsWhatIsCreated() {
        Instant fixed = Instant.parse("2030-01-02T03:04:05Z");
        try (VisitorIdentity identity = VisitorIdentity.embedded()
                .inMemory()
                .clock(Clock.fixed(fixed, ZoneOffset.UTC))
                .build()) {
            WorkspaceId workspace = createWorkspace(identity.useCases());

            assertThat(identity.useCases().showWorkspace().show(workspace).createdAt())
                    .isEqualTo(fixed);
        }
    }

    @Test
    void theRootAdminTokenIsAcceptedForEveryWorkspaceAndWithoutOneNoBearerIsRoot() {
        try (VisitorIdentity withRoot = VisitorIdentity.embedded()
                        .inMemory()
                        .rootAdminToken("embedded-root-token")
                        .build();
                VisitorIdentity withoutRoot =
                        VisitorIdentity.embedded().inMemory().build()) {
            WorkspaceId workspace = createWorkspace(withRoot.useCases());

            withRoot.useCases().authenticateAdmin().authenticate(Optional.of(workspace), "embedded-root-token");
            assertThatThrownBy(() -> withoutRoot
                            .useCases()
                            .authenticateAdmin()
                            .authenticate(Optional.empty(), "embedded-root-token"))
                    .isInstanceOf(visitoridentity.domain.error.UnauthorizedException.class);
        }
    }

    @Test
    void theSessionLifetimeIsSetThroughTheBuilderAndSessionsAreRevokedInProcess() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        try (VisitorIdentity identity = VisitorIdentity.embedded()
                .inMemory()
                .clock(clock)
                .sessionLifetime(Duration.ofHours(1), Duration.ofDays(1))
                .build()) {
            UseCases useCases = identity.useCases();
            WorkspaceId workspace = createWorkspace(useCases);
            StartedVisitor idle = useCases.startVisitor().start(workspace);
            StartedVisitor loggedOut = useCases.startVisitor().start(workspace);
            StartedVisitor revoked = useCases.startVisitor().start(workspace);

            useCases.revokeSession().logout(new VisitorCredentials(workspace, loggedOut.visitorToken()));
            useCases.revokeSession().revokeAll(workspace, revoked.visitorId());
            clock.advance(Duration.ofHours(1));

            assertThatThrownBy(() ->
                            useCases.showCurrentVisitor().show(new VisitorCredentials(workspace, idle.visitorToken())))
                    .isInstanceOf(SessionExpiredException.class);
            assertThatThrownBy(() -> useCases.showCurrentVisitor()
                            .show(new VisitorCredentials(workspace, loggedOut.visitorToken())))
                    .isInstanceOf(SessionRevokedException.class);
            assertThatThrownBy(() -> useCases.showCurrentVisitor()
                            .show(new VisitorCredentials(workspace, revoked.visitorToken())))
                    .isInstanceOf(SessionRevokedException.class);
        }
    }

    @Test
    void aDatabaseMustBeChosen() {
        assertThatThrownBy(() -> VisitorIdentity.embedded().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("choose exactly one database: dataSource(...) or inMemory()");
    }

    @Test
    void aGivenDataSourceWithoutItsSecretsKeyIsRefusedBeforeAnythingOpens(@TempDir Path directory) {
        try (HikariDataSource hostDatabase = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "")) {
            assertThatThrownBy(() ->
                            VisitorIdentity.embedded().dataSource(hostDatabase).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("secretsKey");
        }
    }

    @Test
    void theGuiceModuleGivesTheUseCasesWithoutClashingWithTheHostsBindings(@TempDir Path directory) {
        try (HikariDataSource hostDatabase = DataSources.pooled(DataSources.defaultH2Url(directory), "sa", "")) {
            Clock hostClock = Clock.systemUTC();
            Injector injector = Guice.createInjector(
                    new AbstractModule() {
                        @Override
                        protected void configure() {
                            bind(Clock.class).toInstance(hostClock);
                        }
                    },
                    new VisitorIdentityModule(hostDatabase, SECRETS_KEY));

            UseCases useCases = injector.getInstance(UseCases.class);
            WorkspaceId workspace = createWorkspace(useCases);

            assertThat(injector.getInstance(IdentifyVisitorUseCase.class)).isSameAs(useCases.identifyVisitor());
            assertThat(injector.getInstance(Clock.class)).isSameAs(hostClock);
            assertThat(useCases.startVisitor().start(workspace).visitorToken()).isNotBlank();
        }
    }

    private static WorkspaceId createWorkspace(UseCases useCases) {
        return useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Shop"),
                        VerificationMode.DISABLED,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
    }
}
