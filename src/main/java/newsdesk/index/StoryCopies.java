package newsdesk.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copies of each story, kept up to date as articles are added and removed: articles whose bodies are
 * near-identical ({@link MinHash} similarity at or above the threshold), such as one agency story syndicated by
 * several outlets. An added article's signature is compared only with the signatures it shares a band key with
 * (locality-sensitive hashing), so adding one article costs its signature and a few comparisons; removing one drops
 * its links. Copies of a copy are one story. Not thread-safe: {@link CorpusIndex} changes it under its lock and
 * publishes {@link #groups()} with each corpus view.
 */
public final class StoryCopies {

    private final double threshold;
    private final Map<String, long[]> signatures = new HashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();
    private final Map<String, Set<String>> links = new HashMap<>();

    public StoryCopies(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds (or replaces) an article by its body and links it to the articles it is a copy of. */
    public void add(String id, String body) {
        add(id, MinHash.signature(body));
    }

    /** Adds (or replaces) an article by its body's {@link MinHash#signature} (computed by the caller, in parallel). */
    public void add(String id, long[] signature) {
        remove(id);
        Set<String> compared = new HashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            Set<String> bucket = buckets.computeIfAbsent(key, k -> new LinkedHashSet<>());
            for (String other : bucket) {
                if (compared.add(other) && MinHash.similarity(signature, signatures.get(other)) >= threshold) {
                    links.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(other);
                    links.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(id);
                }
            }
            bucket.add(id);
        }
        signatures.put(id, signature);
    }

    /** Forgets an article (unknown ids are ignored); copies that were only linked through it are split. */
    public void remove(String id) {
        long[] signature = signatures.remove(id);
        if (signature == null) {
            return;
        }
        for (long key : MinHash.bandKeys(signature)) {
            Set<String> bucket = buckets.get(key);
            if (bucket != null && bucket.remove(id) && bucket.isEmpty()) {
                buckets.remove(key);
            }
        }
        for (String other : links.getOrDefault(id, Set.of())) {
            Set<String> theirs = links.get(other);
            theirs.remove(id);
            if (theirs.isEmpty()) {
                links.remove(other);
            }
        }
        links.remove(id);
    }

    /** Articles known. */
    public int size() {
        return signatures.size();
    }

    /** For every article that has copies, the ids of the others carrying its story; others are absent. */
    public Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new HashMap<>();
        for (String start : links.keySet()) {
            if (groups.containsKey(start)) {
                continue;
            }
            List<String> story = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(start));
            Deque<String> next = new ArrayDeque<>(List.of(start));
            while (!next.isEmpty()) {
                String id = next.poll();
                story.add(id);
                for (String other : links.getOrDefault(id, Set.of())) {
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            for (String id : story) {
                groups.put(id, story.stream().filter(other -> !other.equals(id)).toList());
            }
        }
        return Map.copyOf(groups);
    }
}
