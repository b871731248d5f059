package visitoridentity.application.fake;

import java.util.List;
import visitoridentity.application.UseCases;
import visitoridentity.application.identify.IdentifyRequest;
import visitoridentity.application.identify.IdentityResult;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.application.start.StartedVisitor;
import visitoridentity.application.workspace.CreatedWorkspace;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/** One workspace in a fresh in-memory application, and the moves a test makes in it. */
public final class Scenario {
    public final InMemoryApplication app = new InMemoryApplication();
    public final UseCases useCases = app.useCases;
    public final CreatedWorkspace created;

    private Scenario(VerificationMode mode, MetadataPolicy policy) {
        created = useCases.createWorkspace()
                .create(new WorkspaceSettings(WorkspaceName.of("Shop"), mode, policy, AllowedOrigins.ANY));
    }

    public static Scenario in(VerificationMode mode) {
        return new Scenario(mode, MetadataPolicy.DEFAULT);
    }

    public static Scenario in(VerificationMode mode, MetadataPolicy policy) {
        return new Scenario(mode, policy);
    }

    public WorkspaceId workspace() {
        return created.workspace().id();
    }

    public String secret() {
        return created.signingSecret().value();
    }

    public String sign(String value) {
        return TestHmac.hex(secret(), value);
    }

    /** A new browser: a started visitor and its credentials. */
    public Device newDevice() {
        StartedVisitor started = useCases.startVisitor().start(workspace());
        return new Device(started, new VisitorCredentials(workspace(), started.visitorToken()));
    }

    /** Identifies, and lets the calling device keep the fresh token when the call rotated it. */
    public IdentityResult identify(IdentifyRequest request) {
        IdentityResult result = useCases.identifyVisitor().identify(request.command());
        request.answered(result);
        return result;
    }

    public Visitor visitorOf(Device device) {
        return useCases.showCurrentVisitor().show(device.credentials()).visitor();
    }

    /** The anonymous ids of the visitor, in the order they were first stored. */
    public List<AnonymousId> devicesOf(Visitor visitor) {
        return useCases.showVisitor().devices(workspace(), visitor.id()).stream()
                .map(SeenDevice::anonymousId)
                .toList();
    }

    public List<Visitor> allVisitors() {
        return app.visitors.visitors.values().toList();
    }

    /**
     * A browser session. Like the browser SDK, it keeps the fresh token an identify answers with when
     * the device moved to another visitor; {@code started} keeps the token it started with.
     */
    public static final class Device {
        private final StartedVisitor started;
        private VisitorCredentials credentials;

        public Device(StartedVisitor started, VisitorCredentials credentials) {
            this.started = started;
            this.credentials = credentials;
        }

        public StartedVisitor started() {
            return started;
        }

        public VisitorCredentials credentials() {
            return credentials;
        }

        public IdentifyRequest request() {
            return IdentifyRequest.as(credentials).answeredTo(this::adopt);
        }

        private void adopt(IdentityResult result) {
            result.visitorToken()
                    .ifPresent(token -> credentials = new VisitorCredentials(credentials.workspaceId(), token));
        }
    }
}
