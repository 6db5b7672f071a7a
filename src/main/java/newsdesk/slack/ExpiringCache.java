package newsdesk.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A small thread-safe map whose entries expire {@code ttl} after they were last written and which never holds more
 * than {@code maxEntries} (the oldest write goes first). Used to remember Slack event ids and thread conversations
 * without unbounded memory.
 */
final class ExpiringCache<V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>();

    ExpiringCache(Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("ttl and maxEntries must be positive");
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Stores {@code value} unless a live entry exists; returns whether it was stored. */
    synchronized boolean putIfAbsent(String key, V value) {
        Instant now = purge();
        if (entries.containsKey(key)) {
            return false;
        }
        store(key, value, now);
        return true;
    }

    synchronized V get(String key) {
        purge();
        Entry<V> entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    synchronized void put(String key, V value) {
        Instant now = purge();
        entries.remove(key);
        store(key, value, now);
    }

    synchronized int size() {
        purge();
        return entries.size();
    }

    private void store(String key, V value, Instant now) {
        entries.put(key, new Entry<>(value, now.plus(ttl)));
        while (entries.size() > maxEntries) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Entries are kept in write order, so the expired ones are all at the head. */
    private Instant purge() {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Entry<V>>> it = entries.entrySet().iterator();
        while (it.hasNext() && !it.next().getValue().expires().isAfter(now)) {
            it.remove();
        }
        return now;
    }
}
