package visitoridentity.domain.claim;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import visitoridentity.domain.error.InvalidFieldException;

/** An absolute http or https URL with a host, at most 2048 characters. */
public record AvatarUrl(String value) {
    public static final int MAX_CHARACTERS = 2048;

    public AvatarUrl {
        if (value == null || value.isBlank() || value.length() > MAX_CHARACTERS) {
            throw new InvalidFieldException("avatarUrl", "must be an absolute http(s) URL of at most 2048 characters");
        }
        requireHttpUrl(value);
    }

    public static AvatarUrl of(String raw) {
        return new AvatarUrl(raw == null ? null : raw.strip());
    }

    private static void requireHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidFieldException("avatarUrl", "must be an absolute http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("avatarUrl", "must be a valid absolute http(s) URL");
        }
    }
}
