package newsdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.Embedder;
import newsdesk.index.VectorMatrix;

/**
 * Cosine similarity between the query's embedding and the chunk vectors ({@link VectorMatrix#top}). Each thread
 * remembers the last query it embedded, so retrieving the same question again (with other filters) does not embed
 * it twice, however many requests run at once.
 */
public final class VectorRetriever implements Retriever {

    private final Embedder embedder;
    /**
     * The last query embedded on each thread: one question is retrieved several times (restricted to the outlets and
     * days it names) and its passages are compared with it, on its request's thread, while other threads embed their
     * own questions. Only each thread's last question is kept.
     */
    private final ThreadLocal<Embedded> last = new ThreadLocal<>();

    public VectorRetriever(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, String query, int k, Filters filters) {
        if (corpus.chunks().isEmpty() || query.isBlank()) {
            return List.of();
        }
        return search(corpus, embed(query), k, filters);
    }

    /** The query's embedding, remembered on this thread from its last call. */
    public float[] embed(String query) {
        Embedded previous = last.get();
        if (previous != null && previous.query().equals(query)) {
            return previous.vector();
        }
        float[] vector = embedder.embed(query);
        last.set(new Embedded(query, vector));
        return vector;
    }

    private record Embedded(String query, float[] vector) {
    }

    /** The same search for an already embedded query. */
    public static List<Hit> search(Corpus corpus, float[] queryVector, int k, Filters filters) {
        IntPredicate accept = null;
        if (!filters.isEmpty()) {
            List<Article> articles = corpus.articles();
            boolean[] accepted = new boolean[articles.size()];
            for (int i = 0; i < accepted.length; i++) {
                accepted[i] = filters.accepts(articles.get(i));
            }
            accept = row -> {
                int article = corpus.articleIndex(row);
                return article >= 0 && accepted[article];
            };
        }
        VectorMatrix.ScoredRows top = corpus.vectors().top(queryVector, k, accept);
        List<Hit> hits = new ArrayList<>(top.rows().length);
        for (int i = 0; i < top.rows().length; i++) {
            hits.add(new Hit(top.rows()[i], top.scores()[i]));
        }
        return hits;
    }
}
