package visitoridentity.domain.workspace;

import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;

/** The settings of a workspace an administrator may read and change. */
public record WorkspaceSettings(
        WorkspaceName name,
        VerificationMode verificationMode,
        MetadataPolicy metadataPolicy,
        AllowedOrigins allowedOrigins) {}
