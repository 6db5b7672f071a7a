package newsdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure functions that merge several rankings of the same chunks into one.
 *
 * <ul>
 *   <li>{@link #reciprocalRank}: weighted reciprocal rank fusion, score = Σ wᵢ / (k + rankᵢ), with k = 60 as in
 *   Cormack, Clarke and Büttcher, "Reciprocal Rank Fusion outperforms Condorcet and individual rank learning
 *   methods" (SIGIR 2009).</li>
 *   <li>{@link #scores}: a weighted sum of min-max normalised scores (a "convex combination", Bruch, Gai and
 *   Ingber, "An Analysis of Fusion Functions for Hybrid Retrieval", TOIS 2023), which keeps how far apart scores
 *   are; a chunk missing from a ranking gets 0 from it.</li>
 * </ul>
 * Ties are broken by the row number so results are deterministic.
 */
public final class RankFusion {

    public static final int RRF_K = 60;

    private RankFusion() {
    }

    public static List<Hit> reciprocalRank(List<List<Hit>> rankings, double[] weights, int k) {
        checkWeights(rankings, weights);
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int i = 0; i < rankings.size(); i++) {
            List<Hit> ranking = rankings.get(i);
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank).row(), weights[i] / (k + rank + 1), Double::sum);
            }
        }
        return sorted(fused);
    }

    public static List<Hit> scores(List<List<Hit>> rankings, double[] weights) {
        checkWeights(rankings, weights);
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int i = 0; i < rankings.size(); i++) {
            List<Hit> ranking = rankings.get(i);
            if (ranking.isEmpty()) {
                continue;
            }
            double max = ranking.stream().mapToDouble(Hit::score).max().orElseThrow();
            double min = ranking.stream().mapToDouble(Hit::score).min().orElseThrow();
            double range = max - min;
            for (Hit hit : ranking) {
                double normalised = range > 0 ? (hit.score() - min) / range : 1.0;
                fused.merge(hit.row(), weights[i] * normalised, Double::sum);
            }
        }
        return sorted(fused);
    }

    private static List<Hit> sorted(Map<Integer, Double> fused) {
        List<Hit> hits = new ArrayList<>(fused.size());
        fused.forEach((row, score) -> hits.add(new Hit(row, score)));
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::row));
        return hits;
    }

    private static void checkWeights(List<List<Hit>> rankings, double[] weights) {
        if (rankings.size() != weights.length) {
            throw new IllegalArgumentException(rankings.size() + " rankings but " + weights.length + " weights");
        }
    }
}
