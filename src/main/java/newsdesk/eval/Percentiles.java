package newsdesk.eval;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at 1-based rank
 * ceil(p/100 × n) (rank 1 for p = 0). It is always one of the measured values, never interpolated, so p99 of fewer
 * than 100 samples is the maximum.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank p-th percentile (0 ≤ p ≤ 100) of the values; NaN when there are none. */
    public static double nearestRank(Collection<Double> values, double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + p);
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
