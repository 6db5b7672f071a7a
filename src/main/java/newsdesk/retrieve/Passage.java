package newsdesk.retrieve;

import java.util.Objects;

import newsdesk.article.Article;

/**
 * A retrieved passage as returned by search: rank (1-based), fused score, the article and the passage text, which
 * is {@code article.body().substring(start, end)}, and the cosine similarity between the query's embedding and the
 * passage's chunk ({@code NaN} when the store does not report it).
 */
public record Passage(int rank, double score, Article article, String chunkId, String text, int start, int end,
                      double similarity) {

    /** A passage whose similarity to the query is not known. */
    public Passage(int rank, double score, Article article, String chunkId, String text, int start, int end) {
        this(rank, score, article, chunkId, text, start, end, Double.NaN);
    }

    public Passage {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(chunkId, "chunkId");
        Objects.requireNonNull(text, "text");
    }
}
