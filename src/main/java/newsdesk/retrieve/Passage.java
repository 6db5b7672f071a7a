package newsdesk.retrieve;

import java.util.Objects;

import newsdesk.article.Article;

/**
 * A retrieved passage as returned by search: rank (1-based), fused score, the article and the passage text, which
 * is {@code article.body().substring(start, end)}.
 */
public record Passage(int rank, double score, Article article, String chunkId, String text, int start, int end) {

    public Passage {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(chunkId, "chunkId");
        Objects.requireNonNull(text, "text");
    }
}
