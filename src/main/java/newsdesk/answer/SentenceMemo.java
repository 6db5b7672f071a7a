package newsdesk.answer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was computed for a sentence (its tags, its vector), keyed by the sentence text and bounded: beyond
 * {@code capacity} entries the least recently used one is forgotten. Thread-safe; the value is computed outside the
 * lock, so two threads may compute the same sentence once each.
 */
final class SentenceMemo<V> {

    private final Map<String, V> entries;

    SentenceMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The remembered value of {@code sentence}, or null. */
    V get(String sentence) {
        synchronized (entries) {
            return entries.get(sentence);
        }
    }

    void put(String sentence, V value) {
        synchronized (entries) {
            entries.put(sentence, value);
        }
    }

    void putAll(Map<String, V> values) {
        synchronized (entries) {
            entries.putAll(values);
        }
    }
}
