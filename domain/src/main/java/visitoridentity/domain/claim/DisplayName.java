package visitoridentity.domain.claim;

import visitoridentity.domain.error.InvalidFieldException;

/** The visitor's name as the host site knows it: trimmed, 1 to 255 characters. */
public record DisplayName(String value) {
    public DisplayName {
        if (!ClaimText.requireShortText("name", value).equals(value)) {
            throw new InvalidFieldException("name", "must be trimmed; use DisplayName.of");
        }
    }

    public static DisplayName of(String raw) {
        return new DisplayName(ClaimText.requireShortText("name", raw));
    }
}
