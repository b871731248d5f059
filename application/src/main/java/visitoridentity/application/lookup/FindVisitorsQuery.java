package visitoridentity.application.lookup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Optional filters, a page size of 1 to 100 (default 20), and the cursor of the previous page. The
 * name prefix is trimmed, NFC-normalized and lower-cased (the match ignores case); 1 to 255
 * characters.
 */
public record FindVisitorsQuery(
        WorkspaceId workspaceId,
        Optional<ExternalId> externalId,
        Optional<Email> email,
        Optional<String> namePrefix,
        int limit,
        Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_NAME_PREFIX = 255;

    public FindVisitorsQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and 100");
        }
        namePrefix = namePrefix.map(FindVisitorsQuery::normalizedPrefix);
    }

    /** No name filter. */
    public FindVisitorsQuery(
            WorkspaceId workspaceId,
            Optional<ExternalId> externalId,
            Optional<Email> email,
            int limit,
            Optional<String> cursor) {
        this(workspaceId, externalId, email, Optional.empty(), limit, cursor);
    }

    private static String normalizedPrefix(String raw) {
        String prefix = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            throw new InvalidFieldException("namePrefix", "must not be blank");
        }
        if (prefix.codePointCount(0, prefix.length()) > MAX_NAME_PREFIX) {
            throw new InvalidFieldException("namePrefix", "must be at most 255 characters");
        }
        if (prefix.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException("namePrefix", "must not contain U+0000");
        }
        return prefix;
    }
}
