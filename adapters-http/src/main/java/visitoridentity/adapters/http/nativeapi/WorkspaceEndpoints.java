package visitoridentity.adapters.http.nativeapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import visitoridentity.adapters.http.json.JsonFields;
import visitoridentity.adapters.http.json.Timestamps;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsUseCase;
import visitoridentity.application.workspace.CreateWorkspaceUseCase;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.application.workspace.ListWorkspacesUseCase;
import visitoridentity.application.workspace.RevokeSigningKeyUseCase;
import visitoridentity.application.workspace.RotateSigningKeyCommand;
import visitoridentity.application.workspace.RotateSigningKeyUseCase;
import visitoridentity.application.workspace.RotatedSigningKey;
import visitoridentity.application.workspace.ShowSigningKeysUseCase;
import visitoridentity.application.workspace.ShowWorkspaceUseCase;
import visitoridentity.application.workspace.SigningKeyView;
import visitoridentity.application.workspace.SigningKeys;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.EnabledDialects;
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
    private final ShowSigningKeysUseCase showSigningKeys;
    private final RevokeSigningKeyUseCase revokeSigningKey;
    private final ListWorkspacesUseCase listWorkspaces;
    private final Set<String> dialectNames;

    WorkspaceEndpoints(
            CreateWorkspaceUseCase createWorkspace,
            ShowWorkspaceUseCase showWorkspace,
            ListWorkspacesUseCase listWorkspaces,
            ChangeWorkspaceSettingsUseCase changeWorkspaceSettings,
            RotateSigningKeyUseCase rotateSigningKey,
            ShowSigningKeysUseCase showSigningKeys,
            RevokeSigningKeyUseCase revokeSigningKey,
            Set<String> dialectNames) {
        this.createWorkspace = createWorkspace;
        this.showWorkspace = showWorkspace;
        this.changeWorkspaceSettings = changeWorkspaceSettings;
        this.rotateSigningKey = rotateSigningKey;
        this.showSigningKeys = showSigningKeys;
        this.revokeSigningKey = revokeSigningKey;
        this.listWorkspaces = listWorkspaces;
        this.dialectNames = Set.copyOf(dialectNames);
    }

    void create(ApiCall call) {
        JsonFields body = call.jsonBody();
        WorkspaceSettings settings = new WorkspaceSettings(
                WorkspaceName.of(body.requiredText("name")),
                body.enumValue("verificationMode", VerificationMode.class).orElse(VerificationMode.DISABLED),
                body.fields("metadataLimit")
                        .map(limit -> metadataPolicy(limit, MetadataPolicy.DEFAULT))
                        .orElse(MetadataPolicy.DEFAULT),
                new AllowedOrigins(body.textList("allowedOrigins").orElse(List.of())),
                dialects(body).orElse(EnabledDialects.ALL),
                maxDevices(body).orElse(WorkspaceSettings.DEFAULT_MAX_DEVICES_PER_VISITOR),
                tokenPolicy(body, TokenPolicy.DEFAULT));
        call.respond(201, CreatedWorkspaceJson.of(createWorkspace.create(settings), dialectNames));
    }

    void list(ApiCall call) {
        call.respond(
                200,
                new WorkspaceListJson(listWorkspaces.list().stream()
                        .map(workspace -> WorkspaceJson.of(workspace, dialectNames))
                        .toList()));
    }

    void show(ApiCall call) {
        WorkspaceId workspaceId = call.workspaceId();
        call.respond(
                200,
                WorkspaceJson.of(showWorkspace.show(workspaceId), dialectNames)
                        .withSigningKeys(showWorkspace.signingKeys(workspaceId)));
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
                body.textList("allowedOrigins").map(AllowedOrigins::new),
                dialects(body),
                maxDevices(body),
                changesTokenPolicy(body)
                        ? Optional.of(tokenPolicy(
                                body, showWorkspace.show(workspaceId).tokenPolicy()))
                        : Optional.empty());
        call.respond(200, WorkspaceJson.of(changeWorkspaceSettings.change(command), dialectNames));
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

    /** {@code ["*"]} enables every dialect the server ships; otherwise each name must be one of them. */
    private Optional<EnabledDialects> dialects(JsonFields body) {
        return body.textList("dialects").map(names -> {
            if (names.equals(List.of("*"))) {
                return EnabledDialects.ALL;
            }
            for (String name : names) {
                if (!dialectNames.contains(name)) {
                    throw new InvalidFieldException(
                            "dialects",
                            "must name dialects this server ships (" + String.join(", ", new TreeSet<>(dialectNames))
                                    + "), or be [\"*\"]");
                }
            }
            return EnabledDialects.only(Set.copyOf(names));
        });
    }

    private static boolean changesTokenPolicy(JsonFields body) {
        return body.value("maxTokenLifetimeSeconds").isPresent()
                || body.value("publicKeysOnly").isPresent()
                || body.value("jwksUrl").isPresent();
    }

    /**
     * The identity token settings of the body over {@code current}: an absent member keeps its
     * setting; {@code jwksUrl: null} removes the URL.
     */
    private static TokenPolicy tokenPolicy(JsonFields body, TokenPolicy current) {
        Duration lifetime = body.integer("maxTokenLifetimeSeconds")
                .map(seconds -> {
                    if (seconds < 1 || seconds > TokenPolicy.MAX_TOKEN_LIFETIME_LIMIT.toSeconds()) {
                        throw new InvalidFieldException("maxTokenLifetimeSeconds", "must be between 1 and 86400");
                    }
                    return Duration.ofSeconds(seconds);
                })
                .orElse(current.maxTokenLifetime());
        boolean publicKeysOnly = body.bool("publicKeysOnly").orElse(current.publicKeysOnly());
        Optional<URI> jwksUrl = body.value("jwksUrl").isEmpty()
                ? current.jwksUrl()
                : body.value("jwksUrl").get() instanceof JsonNull
                        ? Optional.empty()
                        : body.text("jwksUrl", TokenPolicy::jwksUrl);
        return new TokenPolicy(lifetime, publicKeysOnly, jwksUrl);
    }

    private static Optional<Integer> maxDevices(JsonFields body) {
        return body.integer("maxDevicesPerVisitor").map(max -> {
            if (max < 1 || max > WorkspaceSettings.MAX_DEVICES_PER_VISITOR_LIMIT) {
                throw new InvalidFieldException("maxDevicesPerVisitor", "must be between 1 and 10000");
            }
            return (int) (long) max;
        });
    }

    /** {@code GET .../signing-keys}: the keys that verify now, by kid (never a secret). */
    void signingKeys(ApiCall call) {
        call.respond(200, SigningKeysJson.of(showSigningKeys.show(call.workspaceId())));
    }

    /** {@code POST .../signing-keys/{kid}/revoke}: a previous key stops verifying at once; the active key is refused. */
    void revokeSigningKey(ApiCall call) {
        call.respond(200, SigningKeysJson.of(revokeSigningKey.revoke(call.workspaceId(), call.pathText("kid"))));
    }

    private static MetadataPolicy metadataPolicy(JsonFields limit, MetadataPolicy current) {
        return new MetadataPolicy(
                limit.integer("max").orElse(current.max()),
                limit.enumValue("unit", SizeUnit.class).orElse(current.unit()),
                limit.enumValue("overflow", Overflow.class).orElse(current.overflow()));
    }

    record PreviousKeyJson(String kid, String validUntil) {}

    record ActiveKeyJson(String kid, String createdAt) {}

    /** The keys that verify now: the active one, and each previous one with the end of its grace. */
    record SigningKeysJson(ActiveKeyJson active, List<PreviousKeyJson> previous) {
        static SigningKeysJson of(SigningKeys keys) {
            return new SigningKeysJson(
                    new ActiveKeyJson(
                            keys.active().kid(), Timestamps.format(keys.active().createdAt())),
                    keys.previous().stream()
                            .map(key -> new PreviousKeyJson(
                                    key.kid(),
                                    Timestamps.format(key.validUntil().orElseThrow())))
                            .toList());
        }
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    record MetadataLimitJson(long max, String unit, String overflow) {
        static MetadataLimitJson of(MetadataPolicy policy) {
            return new MetadataLimitJson(policy.max(), lowerCase(policy.unit()), lowerCase(policy.overflow()));
        }
    }

    /** A signing key's kid and validity (the active key has no validUntil); never its secret. */
    record SigningKeyJson(String kid, String createdAt, String validUntil) {
        static SigningKeyJson of(SigningKeyView key) {
            return new SigningKeyJson(
                    key.kid(),
                    Timestamps.format(key.createdAt()),
                    key.validUntil().map(Timestamps::format).orElse(null));
        }
    }

    /** A workspace's settings, and with {@code GET} its signing keys' kids; never its secrets. */
    record WorkspaceJson(
            String id,
            String name,
            String verificationMode,
            List<String> allowedOrigins,
            MetadataLimitJson metadataLimit,
            List<String> dialects,
            int maxDevicesPerVisitor,
            long maxTokenLifetimeSeconds,
            boolean publicKeysOnly,
            String jwksUrl,
            String createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<SigningKeyJson> signingKeys) {
        WorkspaceJson withSigningKeys(List<SigningKeyView> keys) {
            return new WorkspaceJson(
                    id,
                    name,
                    verificationMode,
                    allowedOrigins,
                    metadataLimit,
                    dialects,
                    maxDevicesPerVisitor,
                    maxTokenLifetimeSeconds,
                    publicKeysOnly,
                    jwksUrl,
                    createdAt,
                    keys.stream().map(SigningKeyJson::of).toList());
        }

        static WorkspaceJson of(Workspace workspace, Set<String> shipped) {
            return new WorkspaceJson(
                    workspace.id().value(),
                    workspace.name().value(),
                    lowerCase(workspace.verificationMode()),
                    workspace.allowedOrigins().origins(),
                    MetadataLimitJson.of(workspace.metadataPolicy()),
                    shipped.stream()
                            .filter(workspace.dialects()::allows)
                            .sorted()
                            .toList(),
                    workspace.maxDevicesPerVisitor(),
                    workspace.tokenPolicy().maxTokenLifetime().toSeconds(),
                    workspace.tokenPolicy().publicKeysOnly(),
                    workspace.tokenPolicy().jwksUrl().map(URI::toString).orElse(null),
                    Timestamps.format(workspace.createdAt()),
                    null);
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
            List<String> dialects,
            int maxDevicesPerVisitor,
            long maxTokenLifetimeSeconds,
            boolean publicKeysOnly,
            String jwksUrl,
            String createdAt,
            String signingSecret,
            String signingKeyId,
            String adminKey) {
        static CreatedWorkspaceJson of(CreatedWorkspace created, Set<String> shipped) {
            WorkspaceJson workspace = WorkspaceJson.of(created.workspace(), shipped);
            return new CreatedWorkspaceJson(
                    workspace.id(),
                    workspace.name(),
                    workspace.verificationMode(),
                    workspace.allowedOrigins(),
                    workspace.metadataLimit(),
                    workspace.dialects(),
                    workspace.maxDevicesPerVisitor(),
                    workspace.maxTokenLifetimeSeconds(),
                    workspace.publicKeysOnly(),
                    workspace.jwksUrl(),
                    workspace.createdAt(),
                    created.signingSecret().value(),
                    created.signingKeyId(),
                    created.adminKey());
        }

        @Override
        public String toString() {
            return "CreatedWorkspaceJson[id=" + id + ", signingSecret=redacted, adminKey=redacted]";
        }
    }

    /**
     * The new signing secret, shown this once, its kid, when the key it replaced stops verifying, and
     * every previous key that still verifies (none after a grace of 0).
     */
    record RotatedSigningKeyJson(
            String signingSecret,
            String signingKeyId,
            String previousKeyValidUntil,
            List<PreviousKeyJson> previousKeys) {
        static RotatedSigningKeyJson of(RotatedSigningKey rotated) {
            return new RotatedSigningKeyJson(
                    rotated.signingSecret().value(),
                    rotated.keys().active().kid(),
                    Timestamps.format(rotated.previousKeyValidUntil()),
                    rotated.keys().previous().stream()
                            .map(key -> new PreviousKeyJson(
                                    key.kid(),
                                    Timestamps.format(key.validUntil().orElseThrow())))
                            .toList());
        }

        @Override
        public String toString() {
            return "RotatedSigningKeyJson[signingSecret=redacted, previousKeyValidUntil=" + previousKeyValidUntil + "]";
        }
    }
}
