package visitoridentity.application.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A keyed table that can be snapshotted and restored; every fake repository keeps its rows in one. */
public final class InMemoryTable<K, V> {
    /** One lock for every table: the fakes serialize all access, like a database with one connection. */
    static final Object LOCK = new Object();

    private Map<K, V> rows = new LinkedHashMap<>();

    public Optional<V> get(K key) {
        synchronized (LOCK) {
            return Optional.ofNullable(rows.get(key));
        }
    }

    public void put(K key, V value) {
        synchronized (LOCK) {
            rows.put(key, value);
        }
    }

    public void remove(K key) {
        synchronized (LOCK) {
            rows.remove(key);
        }
    }

    public void removeIf(Predicate<V> condition) {
        synchronized (LOCK) {
            rows.values().removeIf(condition);
        }
    }

    public Stream<V> values() {
        synchronized (LOCK) {
            return rows.values().stream().toList().stream();
        }
    }

    /** The rows as they are now, key and value. */
    public Stream<Map.Entry<K, V>> entries() {
        synchronized (LOCK) {
            return rows.entrySet().stream().map(row -> Map.entry(row.getKey(), row.getValue())).toList().stream();
        }
    }

    Runnable snapshot() {
        synchronized (LOCK) {
            Map<K, V> copy = new LinkedHashMap<>(rows);
            return () -> rows = copy;
        }
    }
}
