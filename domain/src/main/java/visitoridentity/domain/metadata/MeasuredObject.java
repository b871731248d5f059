package visitoridentity.domain.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import visitoridentity.domain.json.CompactSize;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

/**
 * A working copy of a JSON object that keeps the size of its compact text up to date, in bytes and
 * in characters, as members are set and removed, so that checking a limit after each key costs only
 * that key's size, never a new serialization of the whole object.
 */
final class MeasuredObject {
    private static final long BRACES = 2;

    private final Map<String, JsonValue> members;
    /** The sums of the members' {@code "key":value} sizes: the size without braces and commas. */
    private long membersBytes;

    private long membersCharacters;

    private MeasuredObject(Map<String, JsonValue> members, long membersBytes, long membersCharacters) {
        this.members = members;
        this.membersBytes = membersBytes;
        this.membersCharacters = membersCharacters;
    }

    static MeasuredObject copyOf(JsonObject object) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        if (members.isEmpty()) {
            return new MeasuredObject(members, 0, 0);
        }
        CompactSize size = CompactSize.of(object);
        long punctuation = BRACES + (members.size() - 1);
        return new MeasuredObject(members, size.bytes() - punctuation, size.characters() - punctuation);
    }

    static MeasuredObject empty() {
        return new MeasuredObject(new LinkedHashMap<>(), 0, 0);
    }

    boolean contains(String key) {
        return members.containsKey(key);
    }

    CompactSize size() {
        return sizeOf(membersBytes, membersCharacters, members.size());
    }

    void remove(String key) {
        JsonValue old = members.remove(key);
        if (old != null) {
            CompactSize member = CompactSize.ofMember(key, old);
            membersBytes -= member.bytes();
            membersCharacters -= member.characters();
        }
    }

    /** Sets a key, in place when it exists, else at the end. */
    void put(String key, JsonValue value) {
        CompactSize change = change(key, value);
        membersBytes += change.bytes();
        membersCharacters += change.characters();
        members.put(key, value);
    }

    /** Sets a key only when the object stays within {@code policy}; tells whether it did. */
    boolean putWithin(String key, JsonValue value, MetadataPolicy policy) {
        CompactSize change = change(key, value);
        int newCount = members.containsKey(key) ? members.size() : members.size() + 1;
        if (!policy.allows(sizeOf(membersBytes + change.bytes(), membersCharacters + change.characters(), newCount))) {
            return false;
        }
        membersBytes += change.bytes();
        membersCharacters += change.characters();
        members.put(key, value);
        return true;
    }

    JsonObject toJsonObject() {
        return new JsonObject(members);
    }

    /** How much the members' sizes change when {@code key} is set to {@code value}. */
    private CompactSize change(String key, JsonValue value) {
        CompactSize added = CompactSize.ofMember(key, value);
        JsonValue old = members.get(key);
        if (old == null) {
            return added;
        }
        CompactSize removed = CompactSize.ofMember(key, old);
        return new CompactSize(added.bytes() - removed.bytes(), added.characters() - removed.characters());
    }

    private static CompactSize sizeOf(long bytes, long characters, int count) {
        long punctuation = BRACES + Math.max(count - 1, 0);
        return new CompactSize(bytes + punctuation, characters + punctuation);
    }
}
