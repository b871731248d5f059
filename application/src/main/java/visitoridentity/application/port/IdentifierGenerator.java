package visitoridentity.application.port;

import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;

/** New unique identifiers (not secrets). */
public interface IdentifierGenerator {
    WorkspaceId newWorkspaceId();

    VisitorId newVisitorId();

    AnonymousId newAnonymousId();

    ContactId newContactId();

    /** A new identity token id ({@code jti}): unique, unguessable is not needed. */
    String newTokenId();

    /** The id of one identity event, which webhooks send as {@code webhook-id}. */
    String newEventId();

    /** The id of one webhook endpoint. */
    String newWebhookId();
}
