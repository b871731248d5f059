package visitoridentity.domain.claim;

import visitoridentity.domain.error.InvalidFieldException;

/** A short label such as a plan name: trimmed, 1 to 255 characters. */
public record Tag(String value) {
    public Tag {
        if (!ClaimText.requireShortText("tag", value).equals(value)) {
            throw new InvalidFieldException("tag", "must be trimmed; use Tag.of");
        }
    }

    public static Tag of(String raw) {
        return new Tag(ClaimText.requireShortText("tag", raw));
    }
}
