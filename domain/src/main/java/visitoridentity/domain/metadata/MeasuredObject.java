package visitoridentity.domain.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import visitoridentity.domain.json.CompactSize;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

/**
 * A working copy of a JSON object that keeps the size of its compact text up to date as members are
 * set and removed, so that checking a limit after each key costs only that key's size, never a
 * new serialization of the whole object.
 */
final class MeasuredObject {
    private static final long BRACES = 2;

    private final Map<String, JsonValue> members;
    private final SizeUnit unit;
    /** The sum of the members' {@code "key":value} sizes: the size without braces and commas. */
    private long membersSize;

    private MeasuredObject(Map<String, JsonValue> members, SizeUnit unit, long membersSize) {
        this.members = members;
        this.unit = unit;
        this.membersSize = membersSize;
    }

    static MeasuredObject copyOf(JsonObject object, SizeUnit unit) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        long size = unit.of(CompactSize.of(object));
        long membersSize = members.isEmpty() ? 0 : size - BRACES - (members.size() - 1);
        return new MeasuredObject(members, unit, membersSize);
    }

    static MeasuredObject empty(SizeUnit unit) {
        return new MeasuredObject(new LinkedHashMap<>(), unit, 0);
    }

    boolean contains(String key) {
        return members.containsKey(key);
    }

    long size() {
        return sizeOf(membersSize, members.size());
    }

    void remove(String key) {
        JsonValue old = members.remove(key);
        if (old != null) {
            membersSize -= memberSize(key, old);
        }
    }

    /** Sets a key, in place when it exists, else at the end. */
    void put(String key, JsonValue value) {
        membersSize = membersSizeWith(key, value);
        members.put(key, value);
    }

    /** Sets a key only when the object stays within {@code max}; tells whether it did. */
    boolean putWithin(String key, JsonValue value, long max) {
        long newMembersSize = membersSizeWith(key, value);
        int newCount = members.containsKey(key) ? members.size() : members.size() + 1;
        if (sizeOf(newMembersSize, newCount) > max) {
            return false;
        }
        membersSize = newMembersSize;
        members.put(key, value);
        return true;
    }

    JsonObject toJsonObject() {
        return new JsonObject(members);
    }

    private long membersSizeWith(String key, JsonValue value) {
        JsonValue old = members.get(key);
        long others = old == null ? membersSize : membersSize - memberSize(key, old);
        return others + memberSize(key, value);
    }

    private long memberSize(String key, JsonValue value) {
        return unit.of(CompactSize.ofMember(key, value));
    }

    private static long sizeOf(long membersSize, int count) {
        return BRACES + membersSize + Math.max(count - 1, 0);
    }
}
