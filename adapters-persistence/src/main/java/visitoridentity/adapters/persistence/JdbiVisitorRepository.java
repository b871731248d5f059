package visitoridentity.adapters.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/**
 * Visitors, their anonymous ids and (on start) the first visitor token's hash; the tokens' lifecycle
 * is {@link JdbiVisitorTokenRepository}'s. Uniqueness is the
 * database's: the primary key of {@code anonymous_ids} and the unique index on {@code
 * trusted_external_id}; a violation is a {@link ConcurrentUpdateException}.
 */
final class JdbiVisitorRepository implements VisitorRepository {
    private static final String SELECT = "SELECT " + VisitorRow.COLUMNS + " FROM visitors";
    private static final String INSERT =
            "INSERT INTO visitors (" + VisitorRow.COLUMNS + ") VALUES (" + VisitorRow.PARAMETERS + ")";
    private static final String UPDATE = "UPDATE visitors SET external_id = :externalId,"
            + " external_id_trust = :externalIdTrust, external_id_proof = :externalIdProof,"
            + " trusted_external_id = :trustedExternalId, email = :email, email_trust = :emailTrust,"
            + " email_proof = :emailProof, phone = :phone, phone_trust = :phoneTrust, phone_proof = :phoneProof,"
            + " name = :name, avatar_url = :avatarUrl, tag = :tag, metadata = :metadata, contact_id = :contactId,"
            + " updated_at = :updatedAt, last_seen_at = :lastSeenAt, version = version + 1"
            + " WHERE workspace_id = :workspaceId AND id = :id AND version = :version";

    /** The columns of the visitor {@code v} that the device {@code a} resolves to. */
    static final String VISITOR_OF_DEVICE = VisitorRow.columnsOf("v")
            + " FROM anonymous_ids a JOIN visitors v ON v.workspace_id = a.workspace_id AND v.id = a.visitor_id";

    private final JdbiTransactions transactions;

    JdbiVisitorRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Visitor> findById(WorkspaceId workspaceId, VisitorId id) {
        return transactions.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE workspace_id = :workspaceId AND id = :id")
                        .bind("workspaceId", workspaceId.value())
                        .bind("id", id.value())
                        .mapTo(VisitorRow.class)
                        .findOne()
                        .map(RowMapping::toVisitor));
    }

    /**
     * One statement, one row: the device's visitor, whatever its number of devices. A session's
     * resolution read it already with the token ({@link JdbiVisitorTokenRepository#findLive}); then none.
     */
    @Override
    public Optional<Visitor> findByAnonymousId(WorkspaceId workspaceId, AnonymousId anonymousId) {
        return transactions.withReads((handle, reads) -> {
            Optional<Visitor> readWithToken = reads.takeVisitorOf(workspaceId, anonymousId);
            if (readWithToken.isPresent()) {
                return readWithToken;
            }
            return handle.createQuery("SELECT " + VISITOR_OF_DEVICE
                            + " WHERE a.workspace_id = :workspaceId AND a.anonymous_id = :anonymousId")
                    .bind("workspaceId", workspaceId.value())
                    .bind("anonymousId", anonymousId.value())
                    .mapTo(VisitorRow.class)
                    .findOne()
                    .map(RowMapping::toVisitor);
        });
    }

    @Override
    public Optional<Visitor> findByTrustedExternalId(WorkspaceId workspaceId, ExternalId externalId) {
        return transactions.withHandle(handle -> handle.createQuery(
                        SELECT + " WHERE workspace_id = :workspaceId AND trusted_external_id = :externalId")
                .bind("workspaceId", workspaceId.value())
                .bind("externalId", externalId.value())
                .mapTo(VisitorRow.class)
                .findOne()
                .map(RowMapping::toVisitor));
    }

    @Override
    public List<Visitor> find(WorkspaceId workspaceId, VisitorQuery query) {
        StringBuilder where = new StringBuilder(" WHERE workspace_id = :workspaceId");
        query.after().ifPresent(after -> where.append(" AND id > :after"));
        query.externalId().ifPresent(externalId -> where.append(" AND external_id = :externalId"));
        query.email().ifPresent(email -> where.append(" AND email = :email"));
        query.namePrefix().ifPresent(prefix -> where.append(" AND name_key LIKE :namePattern ESCAPE '\\'"));
        return transactions.withHandle(handle -> {
            Query select = handle.createQuery(SELECT + where + " ORDER BY " + indexOrder(query) + " LIMIT :limit")
                    .bind("workspaceId", workspaceId.value())
                    .bind("limit", query.limit());
            query.after().ifPresent(after -> select.bind("after", after.value()));
            query.externalId().ifPresent(externalId -> select.bind("externalId", externalId.value()));
            query.email().ifPresent(email -> select.bind("email", email.value()));
            query.namePrefix().ifPresent(prefix -> select.bind("namePattern", likePrefix(prefix)));
            return visitors(select);
        });
    }

    /** A LIKE pattern matching what starts with {@code prefix}, whose own wildcards match only themselves. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Visitor-id order, spelled as the columns of the index that serves the query: the leading
     * columns are fixed by the filters, so the order is the same, but H2 then reads the first page
     * from the index instead of sorting every matching row.
     */
    private static String indexOrder(VisitorQuery query) {
        if (query.externalId().isPresent()) {
            return "workspace_id, external_id, id";
        }
        if (query.email().isPresent()) {
            return "workspace_id, email, id";
        }
        return "workspace_id, id";
    }

    @Override
    public List<Visitor> findByContact(WorkspaceId workspaceId, ContactId contactId) {
        return transactions.withHandle(handle -> visitors(handle.createQuery(
                        SELECT + " WHERE workspace_id = :workspaceId AND contact_id = :contactId ORDER BY id")
                .bind("workspaceId", workspaceId.value())
                .bind("contactId", contactId.value())));
    }

    @Override
    public void start(Visitor visitor, AnonymousId device, SecretHash tokenHash) {
        transactions.withReads((handle, reads) -> {
            reads.forget();
            RowMapping.toRow(visitor).bind(handle.createUpdate(INSERT)).execute();
            return handle.createUpdate("INSERT INTO anonymous_ids (workspace_id, anonymous_id, visitor_id, token_hash,"
                            + " token_issued_at, token_used_at, last_seen_at)"
                            + " VALUES (:workspaceId, :anonymousId, :visitorId, :tokenHash, :issuedAt, :issuedAt,"
                            + " :lastSeenAt)")
                    .bind("lastSeenAt", visitor.lastSeenAt())
                    .bind("workspaceId", visitor.workspaceId().value())
                    .bind("anonymousId", device.value())
                    .bind("visitorId", visitor.id().value())
                    .bind("tokenHash", tokenHash.hex())
                    .bindByType("issuedAt", visitor.createdAt(), Instant.class)
                    .execute();
        });
    }

    @Override
    public void insert(Visitor visitor) {
        transactions.withReads((handle, reads) -> {
            reads.forget();
            return RowMapping.toRow(visitor).bind(handle.createUpdate(INSERT)).execute();
        });
    }

    /** One statement; what it saved is known without reading it back. */
    @Override
    public Visitor update(Visitor visitor) {
        return transactions.withReads((handle, reads) -> {
            reads.forget();
            VisitorRow row = RowMapping.toRow(visitor);
            int updated = row.bind(handle.createUpdate(UPDATE)
                            // the row's created_at is bound too, and never changes
                            .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true)))
                    .execute();
            if (updated == 0) {
                throw new ConcurrentUpdateException("visitor " + visitor.id() + " was changed or deleted since version "
                        + visitor.version() + " was read");
            }
            return RowMapping.toVisitor(row.asUpdated());
        });
    }

    /** A device that is gone meanwhile (evicted, erased) is a lost race: the retry reads afresh. */
    @Override
    public void moveDevice(WorkspaceId workspaceId, AnonymousId device, VisitorId visitorId) {
        transactions.withReads((handle, reads) -> {
            reads.forget();
            int moved = handle.createUpdate("UPDATE anonymous_ids SET visitor_id = :visitorId"
                            + " WHERE workspace_id = :workspaceId AND anonymous_id = :anonymousId")
                    .bind("workspaceId", workspaceId.value())
                    .bind("anonymousId", device.value())
                    .bind("visitorId", visitorId.value())
                    .execute();
            if (moved == 0) {
                throw new ConcurrentUpdateException("anonymous id " + device + " was removed meanwhile");
            }
            return moved;
        });
    }

    @Override
    public void mergeInto(WorkspaceId workspaceId, VisitorId absorbed, VisitorId into) {
        transactions.withReads((handle, reads) -> {
            reads.forget();
            handle.createUpdate("UPDATE anonymous_ids SET visitor_id = :into"
                            + " WHERE workspace_id = :workspaceId AND visitor_id = :absorbed")
                    .bind("workspaceId", workspaceId.value())
                    .bind("absorbed", absorbed.value())
                    .bind("into", into.value())
                    .execute();
            return deleteRow(handle, workspaceId, absorbed);
        });
    }

    @Override
    public Map<VisitorId, List<AnonymousId>> anonymousIdsOf(WorkspaceId workspaceId, List<VisitorId> visitorIds) {
        if (visitorIds.isEmpty()) {
            return Map.of();
        }
        Map<VisitorId, List<AnonymousId>> idsByVisitor = new HashMap<>();
        visitorIds.forEach(id -> idsByVisitor.put(id, new ArrayList<>()));
        transactions.useHandle(handle -> bindKeys(
                        handle.createQuery("SELECT anonymous_ids.visitor_id, anonymous_ids.anonymous_id FROM visitors"
                                + " JOIN anonymous_ids ON anonymous_ids.workspace_id = visitors.workspace_id"
                                + " AND anonymous_ids.visitor_id = visitors.id WHERE "
                                + keysIn("visitors.workspace_id, visitors.id", "visitorId", visitorIds.size())
                                + " ORDER BY anonymous_ids.stored_order"),
                        workspaceId.value(),
                        "visitorId",
                        visitorIds.stream().map(VisitorId::value).toList())
                .mapTo(AnonymousIdRow.class)
                .forEach(
                        row -> idsByVisitor.get(VisitorId.of(row.visitorId())).add(AnonymousId.of(row.anonymousId()))));
        return idsByVisitor;
    }

    @Override
    public List<SeenDevice> devicesOf(WorkspaceId workspaceId, VisitorId visitorId) {
        return transactions.withHandle(handle -> handle.createQuery(
                        "SELECT anonymous_id, last_seen_at FROM anonymous_ids"
                                + " WHERE workspace_id = :workspaceId AND visitor_id = :visitorId ORDER BY stored_order")
                .bind("workspaceId", workspaceId.value())
                .bind("visitorId", visitorId.value())
                .map((row, context) -> new SeenDevice(
                        AnonymousId.of(row.getString("anonymous_id")), UtcTimestamps.read(row, "last_seen_at")))
                .list());
    }

    @Override
    public void markSeen(WorkspaceId workspaceId, AnonymousId anonymousId, Instant now) {
        transactions.useHandle(handle -> handle.createUpdate("UPDATE anonymous_ids SET last_seen_at = :now"
                        + " WHERE workspace_id = :workspaceId AND anonymous_id = :anonymousId")
                .bind("now", now)
                .bind("workspaceId", workspaceId.value())
                .bind("anonymousId", anonymousId.value())
                .execute());
    }

    /** Skips the {@code max - 1} most recent other devices in the index on (visitor, last seen); the rest go. */
    @Override
    public List<AnonymousId> evictBeyond(WorkspaceId workspaceId, VisitorId visitorId, AnonymousId kept, int max) {
        return transactions.withReads((handle, reads) -> {
            reads.forget();
            List<String> evicted = handle.createQuery("SELECT anonymous_id FROM anonymous_ids"
                            + " WHERE workspace_id = :workspaceId AND visitor_id = :visitorId"
                            + " AND anonymous_id <> :kept ORDER BY last_seen_at DESC, stored_order DESC"
                            + " OFFSET :skip ROWS")
                    .bind("workspaceId", workspaceId.value())
                    .bind("visitorId", visitorId.value())
                    .bind("kept", kept.value())
                    .bind("skip", max - 1)
                    .mapTo(String.class)
                    .list();
            for (String anonymousId : evicted) {
                handle.createUpdate("DELETE FROM anonymous_ids WHERE workspace_id = :workspaceId"
                                + " AND anonymous_id = :anonymousId AND visitor_id = :visitorId")
                        .bind("workspaceId", workspaceId.value())
                        .bind("anonymousId", anonymousId)
                        .bind("visitorId", visitorId.value())
                        .execute();
            }
            return evicted.stream().map(AnonymousId::of).toList();
        });
    }

    @Override
    public void delete(WorkspaceId workspaceId, VisitorId id) {
        transactions.withReads((handle, reads) -> {
            reads.forget();
            handle.createUpdate("DELETE FROM anonymous_ids WHERE workspace_id = :workspaceId AND visitor_id = :id")
                    .bind("workspaceId", workspaceId.value())
                    .bind("id", id.value())
                    .execute();
            return deleteRow(handle, workspaceId, id);
        });
    }

    private static int deleteRow(Handle handle, WorkspaceId workspaceId, VisitorId id) {
        return handle.createUpdate("DELETE FROM visitors WHERE workspace_id = :workspaceId AND id = :id")
                .bind("workspaceId", workspaceId.value())
                .bind("id", id.value())
                .execute();
    }

    /**
     * {@code (workspace_id, column) IN ((:workspaceId, :name0), (:workspaceId, :name1), ...)} for
     * the key columns given. Keys are matched as row values on purpose: H2 looks an IN list up in an
     * index only on the index's first column, so {@code workspace_id = ? AND column IN (...)} reads
     * every row of the workspace, while row values are looked up in the composite key one by one.
     */
    private static String keysIn(String keyColumns, String name, int count) {
        StringBuilder keys = new StringBuilder("(").append(keyColumns).append(") IN (");
        for (int i = 0; i < count; i++) {
            keys.append(i == 0 ? "" : ", ")
                    .append("(:workspaceId, :")
                    .append(name)
                    .append(i)
                    .append(')');
        }
        return keys.append(')').toString();
    }

    private static <S extends SqlStatement<S>> S bindKeys(
            S statement, String workspaceId, String name, List<String> values) {
        statement.bind("workspaceId", workspaceId);
        for (int i = 0; i < values.size(); i++) {
            statement.bind(name + i, values.get(i));
        }
        return statement;
    }

    private static List<Visitor> visitors(Query select) {
        return select.mapTo(VisitorRow.class).map(RowMapping::toVisitor).list();
    }
}
