package newsdesk.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Unit vectors stored row after row in one contiguous {@code float[]}, searched by a dot-product scan with a bounded
 * min-heap; large matrices first shortlist rows by one-bit-per-dimension sign codes (binary quantization with exact
 * rescoring). Immutable: {@link #append} and {@link #retain} return new matrices.
 */
public final class VectorMatrix {

    private final int dimension;
    private final int size;
    private final float[] data;

    private VectorMatrix(int dimension, int size, float[] data) {
        this.dimension = dimension;
        this.size = size;
        this.data = data;
    }

    public static VectorMatrix empty(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive");
        }
        return new VectorMatrix(dimension, 0, new float[0]);
    }

    /** Wraps rows already laid out contiguously; {@code data.length} must be a multiple of {@code dimension}. */
    public static VectorMatrix of(int dimension, float[] data) {
        if (dimension < 1 || data.length % dimension != 0) {
            throw new IllegalArgumentException("data length " + data.length + " is not a multiple of " + dimension);
        }
        return new VectorMatrix(dimension, data.length / dimension, data);
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return size;
    }

    /** A copy of row {@code row}. */
    public float[] row(int row) {
        return Arrays.copyOfRange(data, row * dimension, (row + 1) * dimension);
    }

    /** The raw rows, for snapshots; callers must not modify the array. */
    public float[] data() {
        return data;
    }

    public VectorMatrix append(java.util.List<float[]> rows) {
        float[] grown = Arrays.copyOf(data, (size + rows.size()) * dimension);
        int offset = size * dimension;
        for (float[] row : rows) {
            if (row.length != dimension) {
                throw new IllegalArgumentException("vector has " + row.length + " dimensions, expected " + dimension);
            }
            System.arraycopy(row, 0, grown, offset, dimension);
            offset += dimension;
        }
        return new VectorMatrix(dimension, size + rows.size(), grown);
    }

    /** A matrix of the rows for which {@code keep} holds, in their original order. */
    public VectorMatrix retain(IntPredicate keep) {
        float[] kept = new float[data.length];
        int rows = 0;
        for (int row = 0; row < size; row++) {
            if (keep.test(row)) {
                System.arraycopy(data, row * dimension, kept, rows * dimension, dimension);
                rows++;
            }
        }
        return new VectorMatrix(dimension, rows, Arrays.copyOf(kept, rows * dimension));
    }

    public double dot(int row, float[] query) {
        int offset = row * dimension;
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += data[offset + i] * query[i];
        }
        return sum;
    }

    /**
     * The {@code k} rows with the highest dot product with {@code query} among those {@code accept} lets through
     * ({@code null} accepts all), best first; ties keep the lower row first. From {@link #SHORTLIST_MIN_ROWS} rows on,
     * only a shortlist chosen by sign codes is scored exactly ({@link #topByShortlist}): on the news benchmark's
     * 25,264 chunks that left retrieval quality unchanged (docs/benchmarks.md) and halved the answer time.
     */
    public ScoredRows top(float[] query, int k, IntPredicate accept) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, expected " + dimension);
        }
        int shortlist = Math.max(SHORTLIST_MIN, SHORTLIST_FACTOR * k);
        if (size >= SHORTLIST_MIN_ROWS && shortlist < size / 4) {
            return topByShortlist(query, k, accept, shortlist);
        }
        return topExact(query, k, accept);
    }

    /** {@link #top} by scoring every accepted row exactly, whatever the matrix size. */
    public ScoredRows topExact(float[] query, int k, IntPredicate accept) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, expected " + dimension);
        }
        TopK heap = new TopK(Math.min(k, size));
        for (int row = 0; row < size; row++) {
            if (accept != null && !accept.test(row)) {
                continue;
            }
            heap.offer(dot(data, row * dimension, query), row);
        }
        return heap.drain();
    }

    /** Below this many rows every row is scored exactly. */
    static final int SHORTLIST_MIN_ROWS = 4096;
    /** Rows scored exactly after the sign-code pass: at least this many, and at least {@link #SHORTLIST_FACTOR}·k. */
    static final int SHORTLIST_MIN = 512;
    static final int SHORTLIST_FACTOR = 8;

    /**
     * Large matrices: rank every row by the Hamming distance of its {@link SignCodes sign code} to the query's
     * (built once per matrix, on first use), then score the {@code shortlist} closest rows exactly. Scanning the
     * codes reads 48 bytes a row instead of 1,536.
     */
    private ScoredRows topByShortlist(float[] query, int k, IntPredicate accept, int shortlist) {
        SignCodes codes = codes();
        long[] code = codes.encode(query);
        // The shortlist is the rows of the smallest distances, ties to the lower rows: a histogram of the distances
        // finds the cut-off distance, so no heap is kept over every row.
        int[] distances = new int[size];
        int[] counts = new int[dimension + 2];
        int accepted = 0;
        for (int row = 0; row < size; row++) {
            if (accept == null || accept.test(row)) {
                int distance = codes.distance(row, code);
                distances[row] = distance;
                counts[distance]++;
                accepted++;
            } else {
                distances[row] = -1;
            }
        }
        int wanted = Math.min(shortlist, accepted);
        int cutoff = 0;
        int below = 0;
        while (below + counts[cutoff] < wanted) {
            below += counts[cutoff++];
        }
        int atCutoff = wanted - below;
        TopK heap = new TopK(Math.min(k, wanted));
        for (int row = 0; row < size; row++) {
            int distance = distances[row];
            if (distance >= 0 && (distance < cutoff || distance == cutoff && atCutoff-- > 0)) {
                heap.offer(dot(data, row * dimension, query), row);
            }
        }
        return heap.drain();
    }

    private volatile SignCodes codes;

    private SignCodes codes() {
        SignCodes built = codes;
        if (built == null) {
            synchronized (this) {
                built = codes;
                if (built == null) {
                    built = SignCodes.of(data, size, dimension);
                    codes = built;
                }
            }
        }
        return built;
    }

    /**
     * The dot product of the row at {@code offset} with {@code query}, in eight independent partial sums. One running
     * sum makes every addition wait for the previous one, and the JIT may not reorder float additions to vectorise
     * them; eight chains keep the multiply-adds in flight (about 4x faster on a 384-dimension scan, where this loop is
     * most of the cost of answering a question).
     */
    static float dot(float[] data, int offset, float[] query) {
        int n = query.length;
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            int at = offset + i;
            s0 += data[at] * query[i];
            s1 += data[at + 1] * query[i + 1];
            s2 += data[at + 2] * query[i + 2];
            s3 += data[at + 3] * query[i + 3];
            s4 += data[at + 4] * query[i + 4];
            s5 += data[at + 5] * query[i + 5];
            s6 += data[at + 6] * query[i + 6];
            s7 += data[at + 7] * query[i + 7];
        }
        float sum = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        for (; i < n; i++) {
            sum += data[offset + i] * query[i];
        }
        return sum;
    }

    /** Rows and their scores, best first. */
    public record ScoredRows(int[] rows, double[] scores) {
    }
}
