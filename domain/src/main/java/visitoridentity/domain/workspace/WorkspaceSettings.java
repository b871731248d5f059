package visitoridentity.domain.workspace;

import java.util.Objects;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;

/**
 * The settings of a workspace an administrator may read and change. {@code maxDevicesPerVisitor}
 * bounds the anonymous ids (devices) one visitor keeps: one more evicts the device seen longest ago.
 */
public record WorkspaceSettings(
        WorkspaceName name,
        VerificationMode verificationMode,
        MetadataPolicy metadataPolicy,
        AllowedOrigins allowedOrigins,
        EnabledDialects dialects,
        int maxDevicesPerVisitor,
        TokenPolicy tokenPolicy) {
    public static final int DEFAULT_MAX_DEVICES_PER_VISITOR = 100;
    public static final int MAX_DEVICES_PER_VISITOR_LIMIT = 10_000;

    public WorkspaceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verificationMode, "verificationMode");
        Objects.requireNonNull(metadataPolicy, "metadataPolicy");
        Objects.requireNonNull(allowedOrigins, "allowedOrigins");
        Objects.requireNonNull(dialects, "dialects");
        Objects.requireNonNull(tokenPolicy, "tokenPolicy");
        if (maxDevicesPerVisitor < 1 || maxDevicesPerVisitor > MAX_DEVICES_PER_VISITOR_LIMIT) {
            throw new InvalidFieldException("maxDevicesPerVisitor", "must be between 1 and 10000");
        }
    }

    /** Settings under the default identity token policy. */
    public WorkspaceSettings(
            WorkspaceName name,
            VerificationMode verificationMode,
            MetadataPolicy metadataPolicy,
            AllowedOrigins allowedOrigins,
            EnabledDialects dialects,
            int maxDevicesPerVisitor) {
        this(
                name,
                verificationMode,
                metadataPolicy,
                allowedOrigins,
                dialects,
                maxDevicesPerVisitor,
                TokenPolicy.DEFAULT);
    }

    /** Settings with every dialect enabled and the default bound on devices. */
    public WorkspaceSettings(
            WorkspaceName name,
            VerificationMode verificationMode,
            MetadataPolicy metadataPolicy,
            AllowedOrigins allowedOrigins) {
        this(
                name,
                verificationMode,
                metadataPolicy,
                allowedOrigins,
                EnabledDialects.ALL,
                DEFAULT_MAX_DEVICES_PER_VISITOR);
    }
}
