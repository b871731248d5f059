package visitoridentity.adapters.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import visitoridentity.application.port.ClaimedDelivery;
import visitoridentity.application.port.DeliveryPage;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.WebhookDelivery;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.WorkspaceId;

/**
 * Webhook endpoints, their secrets sealed ({@link SealedSecrets}, bound to the endpoint), and their
 * deliveries. A claim selects the due deliveries with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL
 * (rows another worker is claiming are passed over, not waited for, so any number of instances
 * share the work); on H2, which one process opens, claims take turns on a lock of this process
 * instead. Each chosen delivery is then stamped with {@code claimed_until} under a condition only
 * one claimant can meet, so a delivery is claimed once whatever the engine.
 */
final class JdbiWebhookRepository implements WebhookRepository {
    private static final String ENDPOINT_COLUMNS =
            "id, workspace_id, url, event_types, enabled, created_at, failing_since, disabled_at";
    private static final String DUE = " FROM webhook_deliveries d WHERE d.status = 'PENDING'"
            + " AND d.next_attempt_at <= :now AND (d.claimed_until IS NULL OR d.claimed_until <= :now)"
            + " AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = d.endpoint_id AND e.enabled)"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = d.endpoint_id"
            + " AND p.visitor_key = d.visitor_key AND p.status = 'PENDING' AND p.seq < d.seq)"
            + " ORDER BY d.seq FETCH FIRST :limit ROWS ONLY FOR UPDATE";

    /** H2's claims take turns: one process opens an H2 database, and its REPEATABLE READ makes racing claims fail. */
    private static final Object H2_CLAIMS = new Object();

    private final JdbiTransactions transactions;
    private final SealedSecrets sealed;
    private final Database database;

    JdbiWebhookRepository(JdbiTransactions transactions, SealedSecrets sealed, Database database) {
        this.transactions = transactions;
        this.sealed = sealed;
        this.database = database;
    }

    @Override
    public void insert(WebhookEndpoint endpoint, WebhookSecret secret) {
        transactions.useHandle(handle -> handle.createUpdate("INSERT INTO webhook_endpoints (" + ENDPOINT_COLUMNS
                        + ", secret) VALUES (:id, :workspaceId, :url, :eventTypes, :enabled, :createdAt, NULL, NULL,"
                        + " :secret)")
                .bind("id", endpoint.id())
                .bind("workspaceId", endpoint.workspaceId().value())
                .bind("url", endpoint.url().toString())
                .bind("eventTypes", String.join(",", endpoint.events()))
                .bind("enabled", endpoint.enabled())
                .bindByType("createdAt", endpoint.createdAt(), Instant.class)
                .bind("secret", sealed.sealWebhookSecret(secret.value(), endpoint.id()))
                .execute());
    }

    @Override
    public List<WebhookEndpoint> findAll(WorkspaceId workspaceId) {
        return transactions.withHandle(handle -> handle.createQuery("SELECT " + ENDPOINT_COLUMNS
                        + " FROM webhook_endpoints WHERE workspace_id = :workspaceId ORDER BY created_at, id")
                .bind("workspaceId", workspaceId.value())
                .map((row, context) -> endpoint(row))
                .list());
    }

    @Override
    public Optional<WebhookEndpoint> find(WorkspaceId workspaceId, String endpointId) {
        return transactions.withHandle(handle -> handle.createQuery("SELECT " + ENDPOINT_COLUMNS
                        + " FROM webhook_endpoints WHERE workspace_id = :workspaceId AND id = :id")
                .bind("workspaceId", workspaceId.value())
                .bind("id", endpointId)
                .map((row, context) -> endpoint(row))
                .findOne());
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, String endpointId) {
        return transactions.inTransaction(() -> transactions.withHandle(handle -> {
            if (find(workspaceId, endpointId).isEmpty()) {
                return false;
            }
            handle.createUpdate("DELETE FROM webhook_deliveries WHERE endpoint_id = :id")
                    .bind("id", endpointId)
                    .execute();
            handle.createUpdate("DELETE FROM webhook_endpoints WHERE workspace_id = :workspaceId AND id = :id")
                    .bind("workspaceId", workspaceId.value())
                    .bind("id", endpointId)
                    .execute();
            return true;
        }));
    }

    @Override
    public boolean replaceSecret(WorkspaceId workspaceId, String endpointId, WebhookSecret secret) {
        return transactions.withHandle(handle -> handle.createUpdate(
                                "UPDATE webhook_endpoints SET secret = :secret WHERE workspace_id = :workspaceId AND id = :id")
                        .bind("secret", sealed.sealWebhookSecret(secret.value(), endpointId))
                        .bind("workspaceId", workspaceId.value())
                        .bind("id", endpointId)
                        .execute()
                == 1);
    }

    @Override
    public DeliveryPage deliveries(WorkspaceId workspaceId, String endpointId, int limit, Optional<String> cursor) {
        long before = cursor.map(JdbiWebhookRepository::seqOf).orElse(Long.MAX_VALUE);
        return transactions.withHandle(handle -> {
            List<LoggedDelivery> rows = handle.createQuery("SELECT d.seq, d.status, d.attempts, d.queued_at,"
                            + " d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at,"
                            + " ev.id AS event_id, ev.type FROM webhook_deliveries d"
                            + " JOIN identity_events ev ON ev.seq = d.event_seq"
                            + " JOIN webhook_endpoints e ON e.id = d.endpoint_id"
                            + " WHERE d.endpoint_id = :endpointId AND e.workspace_id = :workspaceId AND d.seq < :before"
                            + " ORDER BY d.seq DESC FETCH FIRST :rows ROWS ONLY")
                    .bind("endpointId", endpointId)
                    .bind("workspaceId", workspaceId.value())
                    .bind("before", before)
                    .bind("rows", limit + 1)
                    .map((row, context) -> new LoggedDelivery(row.getLong("seq"), delivery(row)))
                    .list();
            boolean more = rows.size() > limit;
            List<LoggedDelivery> page = more ? rows.subList(0, limit) : rows;
            return new DeliveryPage(
                    page.stream().map(LoggedDelivery::delivery).toList(),
                    more ? Optional.of(Long.toString(page.get(limit - 1).seq())) : Optional.empty());
        });
    }

    @Override
    public List<ClaimedDelivery> claimDue(Instant now, Instant claimUntil, int limit) {
        if (database == Database.H2) {
            synchronized (H2_CLAIMS) {
                return claim(now, claimUntil, limit);
            }
        }
        return claim(now, claimUntil, limit);
    }

    private List<ClaimedDelivery> claim(Instant now, Instant claimUntil, int limit) {
        return transactions.inTransaction(() -> transactions.withHandle(handle -> {
            String lock = database == Database.POSTGRESQL ? " SKIP LOCKED" : "";
            List<Long> due = handle.createQuery("SELECT d.seq" + DUE + lock)
                    .bindByType("now", now, Instant.class)
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
            List<ClaimedDelivery> claimed = new ArrayList<>();
            for (long seq : due) {
                int taken = handle.createUpdate("UPDATE webhook_deliveries SET claimed_until = :until"
                                + " WHERE seq = :seq AND status = 'PENDING'"
                                + " AND (claimed_until IS NULL OR claimed_until <= :now)")
                        .bindByType("until", claimUntil, Instant.class)
                        .bindByType("now", now, Instant.class)
                        .bind("seq", seq)
                        .execute();
                if (taken == 1) {
                    claimed.add(claimedDelivery(handle, seq));
                }
            }
            return claimed;
        }));
    }

    private ClaimedDelivery claimedDelivery(Handle handle, long seq) {
        return handle.createQuery("SELECT d.seq AS delivery_seq, d.attempts, d.queued_at, e.secret,"
                        + " e.id, e.workspace_id, e.url, e.event_types, e.enabled, e.created_at, e.failing_since,"
                        + " e.disabled_at, ev.seq AS ev_seq, ev.id AS ev_id, ev.workspace_id AS ev_workspace_id,"
                        + " ev.visitor_id AS ev_visitor_id, ev.type AS ev_type, ev.occurred_at AS ev_occurred_at,"
                        + " ev.data AS ev_data FROM webhook_deliveries d"
                        + " JOIN webhook_endpoints e ON e.id = d.endpoint_id"
                        + " JOIN identity_events ev ON ev.seq = d.event_seq WHERE d.seq = :seq")
                .bind("seq", seq)
                .map((row, context) -> {
                    WebhookEndpoint endpoint = endpoint(row);
                    return new ClaimedDelivery(
                            row.getLong("delivery_seq"),
                            endpoint,
                            new WebhookSecret(sealed.openWebhookSecret(row.getString("secret"), endpoint.id())),
                            JdbiIdentityEventRepository.read(row, "ev_").event(),
                            row.getInt("attempts"),
                            UtcTimestamps.read(row, "queued_at"));
                })
                .one();
    }

    @Override
    public void delivered(long deliveryId, Instant at, int statusCode) {
        transactions.useHandle(handle -> {
            handle.createUpdate("UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1,"
                            + " last_attempt_at = :at, delivered_at = :at, last_status_code = :status, last_error = NULL,"
                            + " next_attempt_at = NULL, claimed_until = NULL WHERE seq = :seq")
                    .bindByType("at", at, Instant.class)
                    .bind("status", statusCode)
                    .bind("seq", deliveryId)
                    .execute();
            handle.createUpdate("UPDATE webhook_endpoints SET failing_since = NULL WHERE id ="
                            + " (SELECT endpoint_id FROM webhook_deliveries WHERE seq = :seq)")
                    .bind("seq", deliveryId)
                    .execute();
        });
    }

    @Override
    public void failed(
            long deliveryId, Instant at, Optional<Integer> statusCode, String error, Optional<Instant> retryAt) {
        transactions.useHandle(handle -> handle.createUpdate("UPDATE webhook_deliveries SET status = :state,"
                        + " attempts = attempts + 1, last_attempt_at = :at, last_status_code = :status,"
                        + " last_error = :error, next_attempt_at = :retryAt, claimed_until = NULL WHERE seq = :seq")
                .bind("state", retryAt.isPresent() ? "PENDING" : "FAILED")
                .bindByType("at", at, Instant.class)
                .bindByType("status", statusCode.orElse(null), Integer.class)
                .bind("error", error.length() > 255 ? error.substring(0, 255) : error)
                .bindByType("retryAt", retryAt.orElse(null), Instant.class)
                .bind("seq", deliveryId)
                .execute());
    }

    @Override
    public void markFailing(String endpointId, Instant since) {
        transactions.useHandle(handle -> handle.createUpdate(
                        "UPDATE webhook_endpoints SET failing_since = :since WHERE id = :id AND failing_since IS NULL")
                .bindByType("since", since, Instant.class)
                .bind("id", endpointId)
                .execute());
    }

    @Override
    public void disable(String endpointId, Instant at) {
        transactions.useHandle(handle -> handle.createUpdate(
                        "UPDATE webhook_endpoints SET enabled = FALSE, disabled_at = :at WHERE id = :id")
                .bindByType("at", at, Instant.class)
                .bind("id", endpointId)
                .execute());
    }

    private static WebhookEndpoint endpoint(ResultSet row) throws SQLException {
        return new WebhookEndpoint(
                row.getString("id"),
                WorkspaceId.of(row.getString("workspace_id")),
                URI.create(row.getString("url")),
                Arrays.asList(row.getString("event_types").split(",")),
                row.getBoolean("enabled"),
                UtcTimestamps.read(row, "created_at"),
                Optional.ofNullable(UtcTimestamps.read(row, "failing_since")),
                Optional.ofNullable(UtcTimestamps.read(row, "disabled_at")));
    }

    private static WebhookDelivery delivery(ResultSet row) throws SQLException {
        int status = row.getInt("last_status_code");
        Optional<Integer> statusCode = row.wasNull() ? Optional.empty() : Optional.of(status);
        return new WebhookDelivery(
                row.getString("event_id"),
                EventType.named(row.getString("type"))
                        .orElseThrow(() -> new IllegalStateException("a stored event has an unknown type")),
                WebhookDelivery.Status.valueOf(row.getString("status")),
                row.getInt("attempts"),
                UtcTimestamps.read(row, "queued_at"),
                Optional.ofNullable(UtcTimestamps.read(row, "last_attempt_at")),
                statusCode,
                Optional.ofNullable(row.getString("last_error")),
                Optional.ofNullable(UtcTimestamps.read(row, "next_attempt_at")),
                Optional.ofNullable(UtcTimestamps.read(row, "delivered_at")));
    }

    private static long seqOf(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API gave");
        }
    }

    private record LoggedDelivery(long seq, WebhookDelivery delivery) {}
}
