package visitoridentity.adapters.http.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;

/**
 * Refuses a credential in the query string: a URL ends up in access logs, proxies, browser history
 * and Referer headers, so a bearer token travels only in the Authorization header. Refused are a
 * query parameter named like a credential, and any value shaped like a visitor token the server
 * issues ({@code vt_} and 64 hex digits), whatever its name.
 */
final class TokenInUrl {
    private static final Set<String> CREDENTIAL_NAMES = Set.of(
            "token",
            "visitortoken",
            "visitor_token",
            "access_token",
            "accesstoken",
            "auth_token",
            "authtoken",
            "authorization",
            "bearer");
    private static final Pattern VISITOR_TOKEN = Pattern.compile("vt_[0-9a-fA-F]{64}");

    private TokenInUrl() {}

    static void refuse(Context context) {
        for (Map.Entry<String, List<String>> parameter : context.queryParamMap().entrySet()) {
            String name = parameter.getKey();
            if (CREDENTIAL_NAMES.contains(name.toLowerCase(Locale.ROOT))
                    || parameter.getValue().stream()
                            .anyMatch(value -> VISITOR_TOKEN.matcher(value).find())) {
                throw new ProblemException(Problem.invalidField(
                        name,
                        "a token never travels in a URL, where logs, history and Referer headers keep it;"
                                + " send it as 'Authorization: Bearer <token>'"));
            }
        }
    }
}
