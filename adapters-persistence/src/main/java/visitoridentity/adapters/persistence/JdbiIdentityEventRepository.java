package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;

/**
 * The outbox and audit log: one {@code identity_events} row per event, and, in the same statement
 * batch, one pending {@code webhook_deliveries} row per enabled endpoint of the workspace that
 * subscribes to the event's type. Pages are keyed by {@code seq}; the cursor is the last seq of a
 * page.
 */
final class JdbiIdentityEventRepository implements IdentityEventRepository {
    static final String COLUMNS = "seq, id, workspace_id, visitor_id, type, occurred_at, data";

    private final JdbiTransactions transactions;

    JdbiIdentityEventRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<IdentityEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.useHandle(handle -> {
            for (IdentityEvent event : events) {
                handle.createUpdate(
                                "INSERT INTO identity_events (id, workspace_id, visitor_id, type, occurred_at, data)"
                                        + " VALUES (:id, :workspaceId, :visitorId, :type, :at, :data)")
                        .bind("id", event.id())
                        .bind("workspaceId", event.workspaceId().value())
                        .bind(
                                "visitorId",
                                event.visitorId().map(VisitorId::value).orElse(null))
                        .bind("type", event.type().wireName())
                        .bindByType("at", event.at(), Instant.class)
                        .bind("data", CompactJson.write(event.data()))
                        .execute();
                handle.createUpdate("INSERT INTO webhook_deliveries"
                                + " (endpoint_id, event_seq, visitor_key, status, attempts, queued_at, next_attempt_at)"
                                + " SELECT e.id, ev.seq, :visitorKey, 'PENDING', 0, :at, :at"
                                + " FROM webhook_endpoints e, identity_events ev"
                                + " WHERE ev.id = :eventId AND e.workspace_id = :workspaceId AND e.enabled"
                                + " AND (e.event_types = '*' OR (',' || e.event_types || ',') LIKE :pattern)"
                                + " ORDER BY e.id")
                        .bind(
                                "visitorKey",
                                event.visitorId().map(VisitorId::value).orElse(""))
                        .bindByType("at", event.at(), Instant.class)
                        .bind("eventId", event.id())
                        .bind("workspaceId", event.workspaceId().value())
                        .bind("pattern", "%," + event.type().wireName() + ",%")
                        .execute();
            }
        });
    }

    @Override
    public EventPage find(EventQuery query) {
        long after = query.cursor().map(JdbiIdentityEventRepository::seqOf).orElse(0L);
        return transactions.withHandle(handle -> {
            StringBuilder sql = new StringBuilder(
                    "SELECT " + COLUMNS + " FROM identity_events WHERE workspace_id = :workspaceId AND seq > :after");
            query.visitorId().ifPresent(visitor -> sql.append(" AND visitor_id = :visitorId"));
            query.type().ifPresent(type -> sql.append(" AND type = :type"));
            sql.append(" ORDER BY seq FETCH FIRST :rows ROWS ONLY");
            Query select = handle.createQuery(sql.toString())
                    .bind("workspaceId", query.workspaceId().value())
                    .bind("after", after)
                    .bind("rows", query.limit() + 1);
            query.visitorId().ifPresent(visitor -> select.bind("visitorId", visitor.value()));
            query.type().ifPresent(type -> select.bind("type", type.wireName()));
            List<Stored> rows = select.map((row, context) -> read(row)).list();
            boolean more = rows.size() > query.limit();
            List<Stored> page = more ? rows.subList(0, query.limit()) : rows;
            return new EventPage(
                    page.stream().map(Stored::event).toList(),
                    more ? Optional.of(Long.toString(page.get(page.size() - 1).seq())) : Optional.empty());
        });
    }

    @Override
    public List<IdentityEvent> findByVisitors(WorkspaceId workspaceId, Collection<VisitorId> visitorIds) {
        if (visitorIds.isEmpty()) {
            return List.of();
        }
        return transactions.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM identity_events WHERE workspace_id = :workspaceId AND visitor_id IN (<visitorIds>)"
                        + " ORDER BY seq")
                .bind("workspaceId", workspaceId.value())
                .bindList(
                        "visitorIds", visitorIds.stream().map(VisitorId::value).toList())
                .map((row, context) -> read(row).event())
                .list());
    }

    @Override
    public void replaceData(WorkspaceId workspaceId, String eventId, JsonObject data) {
        transactions.useHandle(handle -> handle.createUpdate(
                        "UPDATE identity_events SET data = :data WHERE workspace_id = :workspaceId AND id = :id")
                .bind("data", CompactJson.write(data))
                .bind("workspaceId", workspaceId.value())
                .bind("id", eventId)
                .execute());
    }

    static Stored read(ResultSet row) throws SQLException {
        return read(row, "");
    }

    /** The event in a row whose event columns are named with {@code prefix} ({@code ev_seq}, ...). */
    static Stored read(ResultSet row, String prefix) throws SQLException {
        String visitor = row.getString(prefix + "visitor_id");
        String type = row.getString(prefix + "type");
        return new Stored(
                row.getLong(prefix + "seq"),
                new IdentityEvent(
                        row.getString(prefix + "id"),
                        EventType.named(type)
                                .orElseThrow(() -> new IllegalStateException("a stored event has an unknown type")),
                        WorkspaceId.of(row.getString(prefix + "workspace_id")),
                        Optional.ofNullable(visitor).map(VisitorId::of),
                        UtcTimestamps.read(row, prefix + "occurred_at"),
                        (JsonObject) CompactJson.parse(row.getString(prefix + "data"))));
    }

    private static long seqOf(String cursor) {
        try {
            long seq = Long.parseLong(cursor);
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API gave");
        }
    }

    record Stored(long seq, IdentityEvent event) {}
}
