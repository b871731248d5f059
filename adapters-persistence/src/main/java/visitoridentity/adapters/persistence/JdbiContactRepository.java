package visitoridentity.adapters.persistence;

import java.util.Optional;
import visitoridentity.application.port.ContactRepository;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.WorkspaceId;

/** Contacts, unique per (workspace, email) by the index {@code contacts_email_unique}. */
final class JdbiContactRepository implements ContactRepository {
    private static final String SELECT = "SELECT " + ContactRow.COLUMNS + " FROM contacts";

    private final JdbiTransactions transactions;

    JdbiContactRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Contact> findById(WorkspaceId workspaceId, ContactId id) {
        return transactions.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE workspace_id = :workspaceId AND id = :id")
                        .bind("workspaceId", workspaceId.value())
                        .bind("id", id.value())
                        .mapTo(ContactRow.class)
                        .findOne()
                        .map(RowMapping::toContact));
    }

    @Override
    public Optional<Contact> findByEmail(WorkspaceId workspaceId, Email email) {
        return transactions.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE workspace_id = :workspaceId AND email = :email")
                        .bind("workspaceId", workspaceId.value())
                        .bind("email", email.value())
                        .mapTo(ContactRow.class)
                        .findOne()
                        .map(RowMapping::toContact));
    }

    @Override
    public void insert(Contact contact) {
        transactions.useHandle(handle -> RowMapping.toRow(contact)
                .bind(handle.createUpdate(
                        "INSERT INTO contacts (" + ContactRow.COLUMNS + ") VALUES (" + ContactRow.PARAMETERS + ")"))
                .execute());
    }

    @Override
    public void delete(WorkspaceId workspaceId, ContactId id) {
        transactions.useHandle(
                handle -> handle.createUpdate("DELETE FROM contacts WHERE workspace_id = :workspaceId AND id = :id")
                        .bind("workspaceId", workspaceId.value())
                        .bind("id", id.value())
                        .execute());
    }
}
