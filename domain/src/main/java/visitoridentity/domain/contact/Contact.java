package visitoridentity.domain.contact;

import java.time.Instant;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

/** The one record per (workspace, normalized email) that visitors with that trusted email belong to. */
public record Contact(ContactId id, WorkspaceId workspaceId, Email email, Instant createdAt) {}
