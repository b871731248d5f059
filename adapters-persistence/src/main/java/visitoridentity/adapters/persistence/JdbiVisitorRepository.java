package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
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

    /** The columns of a visitor {@code v} and one of its devices {@code o} (see {@link #DEVICES_OF_V}). */
    static final String WITH_DEVICES = VisitorRow.columnsOf("v") + ", o.anonymous_id AS device";
    /** Joins each visitor {@code v} to its devices {@code o}; order by {@code o.stored_order}. */
    static final String DEVICES_OF_V =
            " JOIN anonymous_ids o ON o.workspace_id = v.workspace_id AND o.visitor_id = v.id";

    private final JdbiTransactions transactions;

    JdbiVisitorRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Visitor> findById(WorkspaceId workspaceId, VisitorId id) {
        return transactions.withHandle(handle -> findById(handle, workspaceId.value(), id.value()));
    }

    /**
     * One statement: the device's visitor with all its devices. A session's resolution read it
     * already with the token ({@link JdbiVisitorTokenRepository#findLive}); then none.
     */
    @Override
    public Optional<Visitor> findByAnonymousId(WorkspaceId workspaceId, AnonymousId anonymousId) {
        return transactions.withReads((handle, reads) -> {
            Optional<Visitor> readWithToken = reads.takeVisitorOf(workspaceId, anonymousId);
            if (readWithToken.isPresent()) {
                return readWithToken;
            }
            Optional<Visitor> visitor = withDevices(handle.createQuery("SELECT " + WITH_DEVICES
                            + " FROM anonymous_ids a JOIN visitors v ON v.workspace_id = a.workspace_id"
                            + " AND v.id = a.visitor_id" + DEVICES_OF_V
                            + " WHERE a.workspace_id = :workspaceId AND a.anonymous_id = :anonymousId"
                            + " ORDER BY o.stored_order")
                    .bind("workspaceId", workspaceId.value())
                    .bind("anonymousId", anonymousId.value())
                    .map(new VisitorDevices())
                    .list());
            visitor.ifPresent(reads::read);
            return visitor;
        });
    }

    @Override
    public Optional<Visitor> findByTrustedExternalId(WorkspaceId workspaceId, ExternalId externalId) {
        return transactions.withHandle(handle -> withAnonymousIds(
                        handle,
                        handle.createQuery(SELECT
                                        + " WHERE workspace_id = :workspaceId AND trusted_external_id = :externalId")
                                .bind("workspaceId", workspaceId.value())
                                .bind("externalId", externalId.value())
                                .mapTo(VisitorRow.class)
                                .list())
                .stream()
                .findFirst());
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
            return withAnonymousIds(handle, select.mapTo(VisitorRow.class).list());
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
        return transactions.withHandle(handle -> withAnonymousIds(
                handle,
                handle.createQuery(
                                SELECT + " WHERE workspace_id = :workspaceId AND contact_id = :contactId ORDER BY id")
                        .bind("workspaceId", workspaceId.value())
                        .bind("contactId", contactId.value())
                        .mapTo(VisitorRow.class)
                        .list()));
    }

    @Override
    public void start(Visitor visitor, SecretHash tokenHash) {
        if (visitor.anonymousIds().size() != 1) {
            throw new IllegalArgumentException("a visitor starts with exactly one anonymous id");
        }
        transactions.withReads((handle, reads) -> {
            reads.forget();
            RowMapping.toRow(visitor).bind(handle.createUpdate(INSERT)).execute();
            return handle.createUpdate("INSERT INTO anonymous_ids (workspace_id, anonymous_id, visitor_id, token_hash,"
                            + " token_issued_at, token_used_at, last_seen_at)"
                            + " VALUES (:workspaceId, :anonymousId, :visitorId, :tokenHash, :issuedAt, :issuedAt,"
                            + " :lastSeenAt)")
                    .bind("lastSeenAt", visitor.lastSeenAt())
                    .bind("workspaceId", visitor.workspaceId().value())
                    .bind("anonymousId", visitor.anonymousIds().get(0).value())
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
            RowMapping.toRow(visitor).bind(handle.createUpdate(INSERT)).execute();
            takeAnonymousIds(handle, visitor);
            return null;
        });
    }

    /**
     * When the visitor lists exactly the devices it had when this transaction read it at this
     * version, the version check alone shows no device changed owner: no ownership check, and the
     * saved visitor is known without reading it back ({@link TransactionReads}).
     */
    @Override
    public Visitor update(Visitor visitor) {
        return transactions.withReads((handle, reads) -> {
            VisitorRow row = RowMapping.toRow(visitor);
            Optional<List<AnonymousId>> devicesRead =
                    reads.devicesAt(visitor.workspaceId(), visitor.id(), visitor.version());
            int updated = row.bind(handle.createUpdate(UPDATE)
                            // the row's created_at is bound too, and never changes
                            .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true)))
                    .execute();
            if (updated == 0) {
                throw new ConcurrentUpdateException("visitor " + visitor.id() + " was changed or deleted since version "
                        + visitor.version() + " was read");
            }
            if (devicesRead.isPresent() && devicesRead.get().equals(visitor.anonymousIds())) {
                return RowMapping.toVisitor(row.asUpdated(), devicesRead.get());
            }
            reads.forget();
            takeAnonymousIds(handle, visitor);
            return findById(handle, visitor.workspaceId().value(), visitor.id().value())
                    .orElseThrow();
        });
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
            return handle.createUpdate("DELETE FROM visitors WHERE workspace_id = :workspaceId AND id = :id")
                    .bind("workspaceId", workspaceId.value())
                    .bind("id", id.value())
                    .execute();
        });
    }

    /**
     * Makes every anonymous id the visitor lists resolve to it, keeping each id's token. A visitor
     * that loses an id here moves to its next version, so a save from an older read of it (which
     * still lists the id) fails instead of taking the id back. When every id already resolves to
     * the visitor (a returning visitor's identify), this is one indexed read.
     */
    private static void takeAnonymousIds(Handle handle, Visitor visitor) {
        List<String> anonymousIds =
                visitor.anonymousIds().stream().map(AnonymousId::value).toList();
        if (anonymousIds.isEmpty()) {
            return;
        }
        String workspaceId = visitor.workspaceId().value();
        String visitorId = visitor.id().value();
        Map<String, String> owners = new HashMap<>();
        bindKeys(
                        handle.createQuery("SELECT anonymous_id, visitor_id FROM anonymous_ids WHERE "
                                + keysIn("workspace_id, anonymous_id", "anonymousId", anonymousIds.size())),
                        workspaceId,
                        "anonymousId",
                        anonymousIds)
                .mapTo(AnonymousIdRow.class)
                .forEach(row -> owners.put(row.anonymousId(), row.visitorId()));
        List<String> taken = anonymousIds.stream()
                .filter(id -> owners.containsKey(id) && !owners.get(id).equals(visitorId))
                .toList();
        if (!taken.isEmpty()) {
            List<String> losers = taken.stream().map(owners::get).distinct().toList();
            bindKeys(
                            handle.createUpdate("UPDATE visitors SET version = version + 1 WHERE "
                                    + keysIn("workspace_id, id", "loser", losers.size())),
                            workspaceId,
                            "loser",
                            losers)
                    .execute();
            bindKeys(
                            handle.createUpdate("UPDATE anonymous_ids SET visitor_id = :visitorId WHERE "
                                    + keysIn("workspace_id, anonymous_id", "taken", taken.size())
                                    + " AND visitor_id <> :visitorId"),
                            workspaceId,
                            "taken",
                            taken)
                    .bind("visitorId", visitorId)
                    .execute();
        }
        for (String anonymousId : anonymousIds) {
            if (!owners.containsKey(anonymousId)) {
                handle.createUpdate("INSERT INTO anonymous_ids (workspace_id, anonymous_id, visitor_id, last_seen_at)"
                                + " VALUES (:workspaceId, :anonymousId, :visitorId, :lastSeenAt)")
                        .bind("lastSeenAt", visitor.lastSeenAt())
                        .bind("workspaceId", workspaceId)
                        .bind("anonymousId", anonymousId)
                        .bind("visitorId", visitorId)
                        .execute();
            }
        }
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

    private static Optional<Visitor> findById(Handle handle, String workspaceId, String visitorId) {
        return withAnonymousIds(
                        handle,
                        handle.createQuery(SELECT + " WHERE workspace_id = :workspaceId AND id = :id")
                                .bind("workspaceId", workspaceId)
                                .bind("id", visitorId)
                                .mapTo(VisitorRow.class)
                                .list())
                .stream()
                .findFirst();
    }

    /** The visitors of the rows, in row order, each with its anonymous ids in the order they were first stored. */
    private static List<Visitor> withAnonymousIds(Handle handle, List<VisitorRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<AnonymousId>> idsByVisitor = new LinkedHashMap<>();
        rows.forEach(row -> idsByVisitor.put(row.id(), new ArrayList<>()));
        bindKeys(
                        handle.createQuery("SELECT anonymous_ids.visitor_id, anonymous_ids.anonymous_id FROM visitors"
                                + " JOIN anonymous_ids ON anonymous_ids.workspace_id = visitors.workspace_id"
                                + " AND anonymous_ids.visitor_id = visitors.id WHERE "
                                + keysIn("visitors.workspace_id, visitors.id", "visitorId", idsByVisitor.size())
                                + " ORDER BY anonymous_ids.stored_order"),
                        rows.get(0).workspaceId(),
                        "visitorId",
                        List.copyOf(idsByVisitor.keySet()))
                .mapTo(AnonymousIdRow.class)
                .forEach(row -> idsByVisitor.get(row.visitorId()).add(AnonymousId.of(row.anonymousId())));
        return rows.stream()
                .map(row -> RowMapping.toVisitor(row, idsByVisitor.get(row.id())))
                .toList();
    }

    /** The visitor of rows of {@link #WITH_DEVICES}, one per device in stored order; empty for no row. */
    static Optional<Visitor> withDevices(List<VisitorDevice> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RowMapping.toVisitor(
                rows.get(0).visitor(),
                rows.stream().map(row -> AnonymousId.of(row.device())).toList()));
    }

    /** A row of {@link #WITH_DEVICES}. */
    record VisitorDevice(VisitorRow visitor, String device) {}

    /**
     * Maps the rows of {@link #WITH_DEVICES} for one visitor, a new one per query: the visitor's
     * columns repeat on every device's row, so they are read from the first row only. Reading them
     * (the metadata among them) on each row made a visitor's read grow with its devices.
     */
    static final class VisitorDevices implements RowMapper<VisitorDevice> {
        private VisitorRow visitor;

        @Override
        public VisitorDevice map(ResultSet row, StatementContext context) throws SQLException {
            if (visitor == null) {
                visitor = VisitorRow.read(row, context);
            }
            return new VisitorDevice(visitor, row.getString("device"));
        }
    }
}
