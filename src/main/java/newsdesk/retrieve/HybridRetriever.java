package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.List;

import newsdesk.index.Corpus;

/**
 * BM25 and vector search fused into one ranking. Each side contributes its best {@code candidates(k)} chunks;
 * the fusion is a weighted sum of normalised scores ({@link RankFusion#scores}) by default, or weighted RRF.
 * Weights are settings, fitted on the development split of the news benchmark (see docs/benchmarks.md).
 */
public final class HybridRetriever implements Retriever {

    /** Which fusion function to use. */
    public enum Fusion { SCORES, RRF }

    public static final double DEFAULT_LEXICAL_WEIGHT = 0.6;
    public static final int MIN_CANDIDATES = HybridFusion.MIN_CANDIDATES;

    private final Retriever lexical;
    private final Retriever vector;
    private final double lexicalWeight;
    private final Fusion fusion;

    public HybridRetriever(Retriever lexical, Retriever vector, double lexicalWeight, Fusion fusion) {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexical weight must be in [0, 1]");
        }
        this.lexical = lexical;
        this.vector = vector;
        this.lexicalWeight = lexicalWeight;
        this.fusion = fusion;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, Question query, int k, Filters filters) {
        int candidates = HybridFusion.candidates(k);
        return HybridFusion.fuse(lexical.retrieve(corpus, query, candidates, filters),
                vector.retrieve(corpus, query, candidates, filters), lexicalWeight, fusion, k);
    }
}
