package visitoridentity.bootstrap.cli;

import java.util.List;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.MintIdentityTokenCommand;
import visitoridentity.application.sign.MintedIdentityToken;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * What the administration commands do, whether on the database itself ({@link DatabaseSession}) or
 * through a running server's HTTP API ({@link ServerSession}); both answer alike, so a command prints
 * the same either way.
 */
interface Administration extends AutoCloseable {
    CreatedWorkspaceLines create(WorkspaceSettings settings);

    WorkspaceLines show(WorkspaceId workspaceId);

    List<WorkspaceLines> list();

    RotatedKeyLines rotateKey(WorkspaceId workspaceId, long graceSeconds);

    IdentitySignatures sign(SignIdentityCommand command);

    MintedIdentityToken mint(MintIdentityTokenCommand command);

    @Override
    void close();

    /** A workspace's settings as the commands print them (never a secret); timestamps in UTC milliseconds. */
    record WorkspaceLines(
            String id,
            String name,
            String verification,
            long metadataMax,
            String metadataUnit,
            String metadataOverflow,
            List<String> allowedOrigins,
            String createdAt) {}

    /** A new workspace and its secrets, shown once. */
    record CreatedWorkspaceLines(WorkspaceLines workspace, String signingSecret, String adminKey) {
        @Override
        public String toString() {
            return "CreatedWorkspaceLines[" + workspace.id() + ", secrets redacted]";
        }
    }

    /** A rotated key: the new secret, shown once, and until when the previous key verifies. */
    record RotatedKeyLines(String signingSecret, String previousKeyValidUntil) {
        @Override
        public String toString() {
            return "RotatedKeyLines[previousKeyValidUntil=" + previousKeyValidUntil + ", secret redacted]";
        }
    }
}
