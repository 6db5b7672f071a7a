package newsdesk.eval;

import java.util.Collection;

/** Latency of one stage in milliseconds: sample count, nearest-rank p50/p95/p99 (see {@link Percentiles}), mean. */
public record LatencySummary(int count, double p50, double p95, double p99, double mean) {

    public static LatencySummary of(Collection<Double> millis) {
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new LatencySummary(millis.size(), Percentiles.nearestRank(millis, 50),
                Percentiles.nearestRank(millis, 95), Percentiles.nearestRank(millis, 99), mean);
    }
}
