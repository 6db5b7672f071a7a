package newsdesk.retrieve;

import java.util.List;

/**
 * The hybrid ranking as a pure function, shared by every store that ranks BM25 and vector hits together (the
 * built-in {@link HybridRetriever} and the Solr store): how many candidates each side contributes for {@code k}
 * results, and how the two rankings fuse ({@link RankFusion#scores} or weighted {@link RankFusion#reciprocalRank}).
 */
public final class HybridFusion {

    /**
     * Candidates each side contributes at least: a chunk ranked low by one side can still win on the other
     * (fitted with the weights on the news benchmark's development split, see docs/benchmarks.md).
     */
    public static final int MIN_CANDIDATES = 50;

    private HybridFusion() {
    }

    /** How many chunks each side retrieves for {@code k} fused results: {@code max(50, 4k)}. */
    public static int candidates(int k) {
        return Math.max(MIN_CANDIDATES, 4 * k);
    }

    /** The best {@code k} of {@code lexical} and {@code vector} fused, the lexical side weighted {@code lexicalWeight}. */
    public static List<Hit> fuse(List<Hit> lexical, List<Hit> vector, double lexicalWeight,
                                 HybridRetriever.Fusion fusion, int k) {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexical weight must be in [0, 1]");
        }
        List<List<Hit>> rankings = List.of(lexical, vector);
        double[] weights = {lexicalWeight, 1 - lexicalWeight};
        List<Hit> fused = fusion == HybridRetriever.Fusion.RRF
                ? RankFusion.reciprocalRank(rankings, weights, RankFusion.RRF_K)
                : RankFusion.scores(rankings, weights);
        return fused.subList(0, Math.min(k, fused.size()));
    }
}
