package visitoridentity.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import visitoridentity.application.fake.InMemoryApplication;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** The sweep of revoked tokens: what would have expired anyway is forgotten, in as many batches as it takes. */
class SweepRevokedVisitorTokensTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final WorkspaceId workspace = app.useCases
            .createWorkspace()
            .create(new WorkspaceSettings(
                    WorkspaceName.of("Shop"), VerificationMode.DISABLED, MetadataPolicy.DEFAULT, AllowedOrigins.ANY))
            .workspace()
            .id();

    @Test
    void aTokenRevokedLongerAgoThanTheIdleLimitIsForgottenAndAnsweredAsNeverIssued() {
        String forgotten = loggedOut();
        app.clock.advance(Duration.ofDays(20));
        String remembered = loggedOut();
        SweepRevokedVisitorTokens sweep = new SweepRevokedVisitorTokens(
                app.visitorTokens, app.clock, new SessionLifetime(Duration.ofDays(30), Duration.ofDays(400)));

        app.clock.advance(Duration.ofDays(9));
        assertThat(sweep.sweep()).isZero();

        app.clock.advance(Duration.ofDays(2));
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(app.visitorTokens.findRevoked(workspace, SecretHash.of(forgotten)))
                .isEmpty();
        assertThat(app.visitorTokens.findRevoked(workspace, SecretHash.of(remembered)))
                .isPresent();
    }

    @Test
    void theAbsoluteLimitBoundsHowLongARevokedTokenIsRememberedWhenItIsTheShorter() {
        loggedOut();
        SweepRevokedVisitorTokens sweep = new SweepRevokedVisitorTokens(
                app.visitorTokens, app.clock, new SessionLifetime(Duration.ofDays(30), Duration.ofDays(7)));

        app.clock.advance(Duration.ofDays(8));

        assertThat(sweep.sweep()).isEqualTo(1);
    }

    @Test
    void aSweepGoesOnUntilABatchComesBackShort() {
        int revoked = SweepRevokedVisitorTokens.BATCH * 2 + 3;
        for (int i = 0; i < revoked; i++) {
            loggedOut();
        }
        app.clock.advance(Duration.ofDays(31));

        assertThat(new SweepRevokedVisitorTokens(app.visitorTokens, app.clock, SessionLifetime.DEFAULT).sweep())
                .isEqualTo(revoked);
    }

    private String loggedOut() {
        String token = app.useCases.startVisitor().start(workspace).visitorToken();
        app.visitorTokens.revoke(workspace, SecretHash.of(token), Revocation.LOGOUT, app.clock.instant());
        return token;
    }
}
