package visitoridentity.domain.workspace;

import java.time.Instant;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;

/**
 * One tenant. Its signing keys live apart (they are needed in clear to verify and sit behind their
 * own port); its admin key is held only as a hash.
 */
public record Workspace(
        WorkspaceId id,
        WorkspaceName name,
        VerificationMode verificationMode,
        MetadataPolicy metadataPolicy,
        AllowedOrigins allowedOrigins,
        EnabledDialects dialects,
        int maxDevicesPerVisitor,
        SecretHash adminKeyHash,
        Instant createdAt,
        TokenPolicy tokenPolicy) {

    /** A workspace under the default identity token policy. */
    public Workspace(
            WorkspaceId id,
            WorkspaceName name,
            VerificationMode verificationMode,
            MetadataPolicy metadataPolicy,
            AllowedOrigins allowedOrigins,
            EnabledDialects dialects,
            int maxDevicesPerVisitor,
            SecretHash adminKeyHash,
            Instant createdAt) {
        this(
                id,
                name,
                verificationMode,
                metadataPolicy,
                allowedOrigins,
                dialects,
                maxDevicesPerVisitor,
                adminKeyHash,
                createdAt,
                TokenPolicy.DEFAULT);
    }

    /** A workspace with every dialect enabled and the default bound on devices. */
    public Workspace(
            WorkspaceId id,
            WorkspaceName name,
            VerificationMode verificationMode,
            MetadataPolicy metadataPolicy,
            AllowedOrigins allowedOrigins,
            SecretHash adminKeyHash,
            Instant createdAt) {
        this(
                id,
                name,
                verificationMode,
                metadataPolicy,
                allowedOrigins,
                EnabledDialects.ALL,
                WorkspaceSettings.DEFAULT_MAX_DEVICES_PER_VISITOR,
                adminKeyHash,
                createdAt);
    }

    public Workspace withSettings(WorkspaceSettings settings) {
        return new Workspace(
                id,
                settings.name(),
                settings.verificationMode(),
                settings.metadataPolicy(),
                settings.allowedOrigins(),
                settings.dialects(),
                settings.maxDevicesPerVisitor(),
                adminKeyHash,
                createdAt,
                settings.tokenPolicy());
    }

    public WorkspaceSettings settings() {
        return new WorkspaceSettings(
                name, verificationMode, metadataPolicy, allowedOrigins, dialects, maxDevicesPerVisitor, tokenPolicy);
    }
}
