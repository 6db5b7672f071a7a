package newsdesk.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Near-duplicate detection for news bodies (wire copies and near-identical rewrites): word shingles, MinHash
 * signatures and locality-sensitive hashing in bands (Broder, "On the resemblance and containment of documents",
 * 1997; Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3). Pure and deterministic.
 *
 * <p>A text becomes the set of its {@value #SHINGLE_WORDS}-word shingles (lower-cased letter and digit runs); its
 * signature holds, for each of {@value #HASHES} hash functions, the smallest hash of any shingle. The share of equal
 * positions of two signatures estimates the Jaccard similarity of the shingle sets. Pairs are only compared when
 * they agree on all {@value #ROWS} rows of at least one of the {@value #BANDS} bands, which finds pairs at Jaccard 0.5
 * with probability 1 - (1 - 0.5^4)^32 = 0.87 and at 0.7 with 0.9998.
 */
public final class MinHash {

    public static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /**
     * Estimated Jaccard similarity at or above which two bodies carry the same story. Broder's resemblance cut-off of
     * one half; on the MultiHop-RAG corpus no pair of different stories scores above 0.19 (docs/news.md).
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The shingle set of {@code text}; a text shorter than one shingle is a single shingle of all its words. */
    public static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> shingles = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return shingles;
        }
        for (int i = 0; i + SHINGLE_WORDS <= Math.max(words.size(), SHINGLE_WORDS); i++) {
            shingles.add(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS))));
        }
        return shingles;
    }

    /** The exact Jaccard similarity of two sets (two empty sets are 0: nothing to share). */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The MinHash signature of {@code text}'s shingles ({@value #HASHES} values). */
    public static long[] signature(String text) {
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (String shingle : shingles(text)) {
            long base = StringHelper.murmurhash3_x86_32(new BytesRef(shingle), 0x9747b28c) & 0xffffffffL;
            for (int i = 0; i < HASHES; i++) {
                long h = mix(base ^ SEEDS[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity: the share of positions where the signatures agree. */
    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /**
     * Groups the keys whose signatures are at least {@code threshold} similar (transitively: copies of a copy are one
     * story). Returns, for every key in a group of two or more, the other members in the input's order.
     */
    public static <K> Map<K, List<K>> groups(Map<K, long[]> signatures, double threshold) {
        List<K> keys = new ArrayList<>(signatures.keySet());
        int[] parent = new int[keys.size()];
        Arrays.setAll(parent, i -> i);
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                buckets.computeIfAbsent(bandHash(signatures.get(keys.get(i)), band), h -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (find(parent, i) != find(parent, j)
                                && similarity(signatures.get(keys.get(i)), signatures.get(keys.get(j))) >= threshold) {
                            parent[find(parent, i)] = find(parent, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<K>> members = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(keys.get(i));
        }
        Map<K, List<K>> copies = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            List<K> group = members.get(find(parent, i));
            if (group.size() > 1) {
                K key = keys.get(i);
                copies.put(key, group.stream().filter(k -> !k.equals(key)).toList());
            }
        }
        return copies;
    }

    /**
     * The {@value #BANDS} band keys of a signature, each band's hash mixed with its band number, so that two
     * signatures are compared when they share any key (one lookup table for all bands).
     */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            keys[band] = mix(bandHash(signature, band) + band);
        }
        return keys;
    }

    private static long bandHash(long[] signature, int band) {
        long h = 1;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = mix(h * 31 + signature[r]);
        }
        return h;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014): a well-mixed 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
