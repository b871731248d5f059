package visitoridentity.adapters.http.browser;

import java.util.Optional;
import visitoridentity.domain.id.WorkspaceId;

/** The workspace the demo page identifies in; empty until the server has made or found it. */
@FunctionalInterface
public interface DemoWorkspace {
    Optional<WorkspaceId> id();
}
