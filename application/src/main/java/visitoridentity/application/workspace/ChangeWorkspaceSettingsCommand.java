package visitoridentity.application.workspace;

import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.EnabledDialects;
import visitoridentity.domain.workspace.WorkspaceName;

/** The settings to change; an empty one is kept as it is. */
public record ChangeWorkspaceSettingsCommand(
        WorkspaceId workspaceId,
        Optional<WorkspaceName> name,
        Optional<VerificationMode> verificationMode,
        Optional<MetadataPolicy> metadataPolicy,
        Optional<AllowedOrigins> allowedOrigins,
        Optional<EnabledDialects> dialects,
        Optional<Integer> maxDevicesPerVisitor,
        Optional<TokenPolicy> tokenPolicy) {
    /** A change that keeps the identity token policy. */
    public ChangeWorkspaceSettingsCommand(
            WorkspaceId workspaceId,
            Optional<WorkspaceName> name,
            Optional<VerificationMode> verificationMode,
            Optional<MetadataPolicy> metadataPolicy,
            Optional<AllowedOrigins> allowedOrigins,
            Optional<EnabledDialects> dialects,
            Optional<Integer> maxDevicesPerVisitor) {
        this(
                workspaceId,
                name,
                verificationMode,
                metadataPolicy,
                allowedOrigins,
                dialects,
                maxDevicesPerVisitor,
                Optional.empty());
    }

    /** A change of the first settings only; dialects and the device bound are kept. */
    public ChangeWorkspaceSettingsCommand(
            WorkspaceId workspaceId,
            Optional<WorkspaceName> name,
            Optional<VerificationMode> verificationMode,
            Optional<MetadataPolicy> metadataPolicy,
            Optional<AllowedOrigins> allowedOrigins) {
        this(workspaceId, name, verificationMode, metadataPolicy, allowedOrigins, Optional.empty(), Optional.empty());
    }
}
