package newsdesk.index;

/**
 * The best {@code capacity} of the (score, row) pairs offered, ties to the lower row: a bounded min-heap in parallel
 * arrays, no allocation per offered pair. Used by the vector scans and the BM25 selection.
 */
final class TopK {
    private final float[] scores;
    private final int[] rows;
    private int size;

    TopK(int capacity) {
        scores = new float[Math.max(0, capacity)];
        rows = new int[Math.max(0, capacity)];
    }

    /** Whether {@link #offer} would keep (score, row) now: lets a caller skip costlier checks for pairs it would not. */
    boolean admits(float score, int row) {
        return size < scores.length || size > 0 && worse(scores[0], rows[0], score, row);
    }

    void offer(float score, int row) {
        if (size < scores.length) {
            scores[size] = score;
            rows[size] = row;
            siftUp(size++);
        } else if (size > 0 && worse(scores[0], rows[0], score, row)) {
            scores[0] = score;
            rows[0] = row;
            siftDown(0);
        }
    }

    VectorMatrix.ScoredRows drain() {
        int n = size;
        int[] outRows = new int[n];
        double[] outScores = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            outRows[i] = rows[0];
            outScores[i] = scores[0];
            size--;
            scores[0] = scores[size];
            rows[0] = rows[size];
            siftDown(0);
        }
        return new VectorMatrix.ScoredRows(outRows, outScores);
    }

    /** Whether (s1, r1) ranks below (s2, r2). */
    private static boolean worse(float s1, int r1, float s2, int r2) {
        return s1 < s2 || s1 == s2 && r1 > r2;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(scores[i], rows[i], scores[parent], rows[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int smallest = i;
            if (left < size && worse(scores[left], rows[left], scores[smallest], rows[smallest])) {
                smallest = left;
            }
            if (right < size && worse(scores[right], rows[right], scores[smallest], rows[smallest])) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }
}
