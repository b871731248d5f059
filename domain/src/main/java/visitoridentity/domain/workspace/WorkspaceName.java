package visitoridentity.domain.workspace;

import visitoridentity.domain.error.InvalidFieldException;

/** A workspace's display name: trimmed, 1 to 200 characters. */
public record WorkspaceName(String value) {
    public WorkspaceName {
        if (value == null || value.isBlank() || !value.equals(value.strip())) {
            throw new InvalidFieldException("name", "must not be blank and must be trimmed");
        }
        if (value.codePointCount(0, value.length()) > 200 || value.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException("name", "must be at most 200 characters, without U+0000");
        }
    }

    public static WorkspaceName of(String raw) {
        if (raw == null) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        return new WorkspaceName(raw.strip());
    }
}
