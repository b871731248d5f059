package visitoridentity.bootstrap.server;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import visitoridentity.adapters.http.browser.DemoWorkspace;
import visitoridentity.domain.id.WorkspaceId;

/**
 * The demo workspace as the server learns it: the first start makes it once the server listens,
 * a later start finds it in the data directory. Until then the demo page answers 404.
 */
final class KnownDemoWorkspace implements DemoWorkspace {
    private final AtomicReference<WorkspaceId> id = new AtomicReference<>();

    void learn(WorkspaceId workspace) {
        id.set(workspace);
    }

    @Override
    public Optional<WorkspaceId> id() {
        return Optional.ofNullable(id.get());
    }
}
