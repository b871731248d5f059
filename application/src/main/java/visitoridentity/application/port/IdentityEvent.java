package visitoridentity.application.port;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;

/**
 * One fact about a workspace's identities, as the audit log keeps it and webhooks send it. {@code
 * data} holds what the type needs and nothing more: never a secret, a token, a signature, or a
 * claim's value that was not trusted.
 */
public record IdentityEvent(
        String id,
        EventType type,
        WorkspaceId workspaceId,
        Optional<VisitorId> visitorId,
        Instant at,
        JsonObject data) {
    /** The members of {@code data} that name a person; an erasure removes them. */
    private static final DateTimeFormatter MILLISECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static final Set<String> PERSONAL = Set.of("externalId", "email", "phone", "name", "anonymousId");

    public IdentityEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(data, "data");
    }

    /** This event with the personal members of its data removed and {@code "redacted": true} added. */
    public IdentityEvent redacted() {
        Map<String, JsonValue> kept = new LinkedHashMap<>();
        data.members().forEach((key, value) -> {
            if (!PERSONAL.contains(key)) {
                kept.put(key, value);
            }
        });
        kept.put("redacted", new JsonBoolean(true));
        return new IdentityEvent(id, type, workspaceId, visitorId, at, new JsonObject(kept));
    }

    /**
     * The whole event as one JSON object, {@code {id, type, workspaceId, visitorId, at, data}}, with
     * {@code at} in UTC to the millisecond ({@code 2026-12-02T04:14:54.123Z}).
     */
    public JsonObject toJson() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("id", new JsonString(id));
        members.put("type", new JsonString(type.wireName()));
        members.put("workspaceId", new JsonString(workspaceId.value()));
        members.put(
                "visitorId",
                visitorId.<JsonValue>map(v -> new JsonString(v.value())).orElse(JsonNull.INSTANCE));
        members.put("at", new JsonString(MILLISECONDS_UTC.format(at)));
        members.put("data", data);
        return new JsonObject(members);
    }
}
