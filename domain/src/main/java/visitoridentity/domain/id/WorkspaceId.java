package visitoridentity.domain.id;

/** The id of one tenant: one website or chat agent. */
public record WorkspaceId(String value) {
    public WorkspaceId {
        OpaqueId.require("workspaceId", value);
    }

    public static WorkspaceId of(String value) {
        return new WorkspaceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
