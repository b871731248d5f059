package visitoridentity.adapters.http.web;

import java.util.Locale;
import java.util.regex.Pattern;
import visitoridentity.domain.error.UnauthorizedException;

/** Reads {@code Authorization: Bearer <token>}; a missing or garbled header is {@code unauthorized}. */
final class BearerToken {
    private static final String SCHEME = "bearer ";
    private static final int MAX_LENGTH = 512;
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");

    private BearerToken() {}

    static String from(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthorizedException("an 'Authorization: Bearer <token>' header is required");
        }
        String header = authorization.strip();
        if (!header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new UnauthorizedException("the Authorization header must use the Bearer scheme");
        }
        String token = header.substring(SCHEME.length()).strip();
        if (token.length() > MAX_LENGTH || !TOKEN.matcher(token).matches()) {
            throw new UnauthorizedException("the bearer token is malformed");
        }
        return token;
    }
}
