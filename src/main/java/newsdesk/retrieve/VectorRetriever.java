package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.embed.Embedder;
import newsdesk.index.VectorMatrix;

/**
 * Cosine similarity between the question's embedding and the chunk vectors ({@link VectorMatrix#top}). The question
 * is embedded once per {@link Question}: the retrievals of one search share it, and nothing is remembered between
 * searches.
 */
public final class VectorRetriever implements Retriever {

    private final Embedder embedder;

    public VectorRetriever(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, Question question, int k, Filters filters) {
        if (corpus.chunks().isEmpty() || question.text().isBlank()) {
            return List.of();
        }
        return search(corpus, question.vector(embedder::embed), k, filters);
    }

    /** The query's embedding (computed on every call). */
    public float[] embed(String query) {
        return embedder.embed(query);
    }

    /** The same search for an already embedded query. */
    public static List<Hit> search(Corpus corpus, float[] queryVector, int k, Filters filters) {
        VectorMatrix.ScoredRows top = corpus.vectors().top(queryVector, k, accepting(corpus, filters));
        List<Hit> hits = new ArrayList<>(top.rows().length);
        for (int i = 0; i < top.rows().length; i++) {
            hits.add(new Hit(top.rows()[i], top.scores()[i]));
        }
        return hits;
    }

    /** Which rows {@code filters} lets through, deciding each article once; {@code null} when it lets all through. */
    static IntPredicate accepting(Corpus corpus, Filters filters) {
        if (filters.isEmpty()) {
            return null;
        }
        List<Article> articles = corpus.articles();
        boolean[] accepted = new boolean[articles.size()];
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = filters.accepts(articles.get(i));
        }
        return row -> {
            int article = corpus.articleIndex(row);
            return article >= 0 && accepted[article];
        };
    }
}
