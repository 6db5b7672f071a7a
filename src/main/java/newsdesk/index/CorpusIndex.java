package newsdesk.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Span;

/**
 * The one writer of the corpus: applies whole batches and publishes a new {@link Corpus} view after each. Writers
 * are serialised; readers never block (they keep the view they took). Embedding happens before a batch arrives, so
 * no lock is held across it.
 */
public final class CorpusIndex implements AutoCloseable {

    private final LexicalIndex lexical = new LexicalIndex();
    private final int dimension;
    private volatile Corpus current;

    public CorpusIndex(int dimension) {
        this.dimension = dimension;
        this.current = new Corpus(0, List.of(), Map.of(), List.of(), VectorMatrix.empty(dimension),
                lexical.refresh(), lexical);
    }

    public Corpus current() {
        return current;
    }

    public int dimension() {
        return dimension;
    }

    /** Adds the articles, replacing any already indexed under the same id, all at once. */
    public Corpus upsert(List<EmbeddedArticle> batch) {
        return apply(batch, List.of());
    }

    /** Removes the articles with these ids (unknown ids are ignored); returns the new view. */
    public Corpus remove(Collection<String> articleIds) {
        return apply(List.of(), articleIds);
    }

    /**
     * Adds or replaces {@code upserts} and removes {@code removals} (unknown ids are ignored) in one step: readers
     * see the corpus before or after the whole change, never in between. Returns the new view.
     */
    public synchronized Corpus apply(List<EmbeddedArticle> upserts, Collection<String> removals) {
        Set<String> replaced = new HashSet<>(removals);
        for (EmbeddedArticle embedded : upserts) {
            replaced.add(embedded.chunked().article().id());
        }
        Corpus old = current;
        List<Article> articles = new ArrayList<>();
        Map<String, List<Span>> sentences = new HashMap<>();
        List<Chunk> chunks = new ArrayList<>();
        for (Article article : old.articles()) {
            if (!replaced.contains(article.id())) {
                articles.add(article);
                sentences.put(article.id(), old.sentences(article.id()));
            }
        }
        VectorMatrix vectors = old.vectors().retain(row -> !replaced.contains(old.chunk(row).articleId()));
        for (Chunk chunk : old.chunks()) {
            if (!replaced.contains(chunk.articleId())) {
                chunks.add(chunk);
            }
        }
        List<float[]> added = new ArrayList<>();
        lexical.delete(replaced);
        for (EmbeddedArticle embedded : upserts) {
            Article article = embedded.chunked().article();
            articles.add(article);
            sentences.put(article.id(), embedded.chunked().sentences());
            chunks.addAll(embedded.chunked().chunks());
            added.addAll(embedded.vectors());
            lexical.add(article, embedded.chunked().chunks());
        }
        return publish(old, articles, sentences, chunks, vectors.append(added));
    }

    private Corpus publish(Corpus old, List<Article> articles, Map<String, List<Span>> sentences,
                           List<Chunk> chunks, VectorMatrix vectors) {
        Corpus next = new Corpus(old.version() + 1, articles, sentences, chunks, vectors, lexical.refresh(), lexical);
        current = next;
        return next;
    }

    @Override
    public void close() throws Exception {
        lexical.close();
    }
}
