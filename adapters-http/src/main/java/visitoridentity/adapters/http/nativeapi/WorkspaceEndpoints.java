package visitoridentity.adapters.http.nativeapi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.application.workspace.ListWorkspacesUseCase;
import visitoridentity.application.workspace.RotateSigningKeyCommand;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.RotatedSigningKey;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * Workspace administration. On create, only {@code name} is required (the mode defaults to
 * disabled, the origins to any, the limit to 8192 bytes, reject). On PATCH an absent or {@code null}
 * member keeps its setting, and a partial {@code metadataLimit} keeps the members it omits.
 */
final class WorkspaceEndpoints {
    private static final long DEFAULT_GRACE_SECONDS = 86_400;

    private final CreateWorkspaceUseCase createWorkspace;
    private final ShowWorkspaceUseCase showWorkspace;
    private final ChangeWorkspaceSettingsUseCase changeWorkspaceSettings;
    private final RotateSigningKeyUseCase rotateSigningKey;
    private final ListWorkspacesUseCase listWorkspaces;

    WorkspaceEndpoints(
            CreateWorkspaceUseCase createWorkspace,
            ShowWorkspaceUseCase showWorkspace,
            ListWorkspacesUseCase listWorkspaces,
            ChangeWorkspaceSettingsUseCase changeWorkspaceSettings,
            RotateSigningKeyUseCase rotateSigningKey) {
        this.createWorkspace = createWorkspace;
        this.showWorkspace = showWorkspace;
        this.changeWorkspaceSettings = changeWorkspaceSettings;
        this.rotateSigningKey = rotateSigningKey;
        this.listWorkspaces = listWorkspaces;
    }

    void create(ApiCall call) {
        JsonFields body = call.jsonBody();
        WorkspaceSettings settings = new WorkspaceSettings(
                WorkspaceName.of(body.requiredText("name")),
                body.enumValue("verificationMode", VerificationMode.class).orElse(VerificationMode.DISABLED),
                body.fields("metadataLimit")
                        .map(limit -> metadataPolicy(limit, MetadataPolicy.DEFAULT))
                        .orElse(MetadataPolicy.DEFAULT),
                new AllowedOrigins(body.textList("allowedOrigins").orElse(List.of())));
        call.respond(201, CreatedWorkspaceJson.of(createWorkspace.create(settings)));
    }

    void list(ApiCall call) {
        call.respond(
                200,
                new WorkspaceListJson(
                        listWorkspaces.list().stream().map(WorkspaceJson::of).toList()));
    }

    void show(ApiCall call) {
        call.respond(200, WorkspaceJson.of(showWorkspace.show(call.workspaceId())));
    }

    void change(ApiCall call) {
        WorkspaceId workspaceId = call.workspaceId();
        JsonFields body = call.jsonBody();
        ChangeWorkspaceSettingsCommand command = new ChangeWorkspaceSettingsCommand(
                workspaceId,
                body.text("name").map(WorkspaceName::of),
                body.enumValue("verificationMode", VerificationMode.class),
                body.fields("metadataLimit")
                        .map(limit -> metadataPolicy(
                                limit, showWorkspace.show(workspaceId).metadataPolicy())),
                body.textList("allowedOrigins").map(AllowedOrigins::new));
        call.respond(200, WorkspaceJson.of(changeWorkspaceSettings.change(command)));
    }

    void rotateSigningKey(ApiCall call) {
        JsonFields body = call.jsonBodyOrEmpty();
        RotateSigningKeyCommand command = new RotateSigningKeyCommand(
                call.workspaceId(),
                Duration.ofSeconds(body.integer("graceSeconds").orElse(DEFAULT_GRACE_SECONDS)),
                body.text("signingSecret", SigningSecret::imported));
        RotatedSigningKey rotated = rotateSigningKey.rotate(command);
        call.respond(201, RotatedSigningKeyJson.of(rotated));
    }

    private static MetadataPolicy metadataPolicy(JsonFields limit, MetadataPolicy current) {
        return new MetadataPolicy(
                limit.integer("max").orElse(current.max()),
                limit.enumValue("unit", SizeUnit.class).orElse(current.unit()),
                limit.enumValue("overflow", Overflow.class).orElse(current.overflow()));
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    record MetadataLimitJson(long max, String unit, String overflow) {
        static MetadataLimitJson of(MetadataPolicy policy) {
            return new MetadataLimitJson(policy.max(), lowerCase(policy.unit()), lowerCase(policy.overflow()));
        }
    }

    /** A workspace's settings; never its secrets. */
    record WorkspaceJson(
            String id,
            String name,
            String verificationMode,
            List<String> allowedOrigins,
            MetadataLimitJson metadataLimit,
            String createdAt) {
        static WorkspaceJson of(Workspace workspace) {
            return new WorkspaceJson(
                    workspace.id().value(),
                    workspace.name().value(),
                    lowerCase(workspace.verificationMode()),
                    workspace.allowedOrigins().origins(),
                    MetadataLimitJson.of(workspace.metadataPolicy()),
                    workspace.createdAt().toString());
        }
    }

    /** Every workspace, in id order. */
    record WorkspaceListJson(List<WorkspaceJson> workspaces) {}

    /** The new workspace with its signing secret and admin key, shown this once. */
    record CreatedWorkspaceJson(
            String id,
            String name,
            String verificationMode,
            List<String> allowedOrigins,
            MetadataLimitJson metadataLimit,
            String createdAt,
            String signingSecret,
            String adminKey) {
        static CreatedWorkspaceJson of(CreatedWorkspace created) {
            WorkspaceJson workspace = WorkspaceJson.of(created.workspace());
            return new CreatedWorkspaceJson(
                    workspace.id(),
                    workspace.name(),
                    workspace.verificationMode(),
                    workspace.allowedOrigins(),
                    workspace.metadataLimit(),
                    workspace.createdAt(),
                    created.signingSecret().value(),
                    created.adminKey());
        }

        @Override
        public String toString() {
            return "CreatedWorkspaceJson[id=" + id + ", signingSecret=redacted, adminKey=redacted]";
        }
    }

    /** The new signing secret, shown this once, and when the previous key stops verifying. */
    record RotatedSigningKeyJson(String signingSecret, String previousKeyValidUntil) {
        static RotatedSigningKeyJson of(RotatedSigningKey rotated) {
            return new RotatedSigningKeyJson(
                    rotated.signingSecret().value(),
                    rotated.previousKeyValidUntil().toString());
        }

        @Override
        public String toString() {
            return "RotatedSigningKeyJson[signingSecret=redacted, previousKeyValidUntil=" + previousKeyValidUntil + "]";
        }
    }
}
