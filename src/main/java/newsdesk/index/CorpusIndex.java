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
 * no lock is held across it. Wire copies are found here, as articles arrive ({@link StoryCopies}): each view holds
 * its copy groups, so the first answer after a change pays nothing for them.
 */
public final class CorpusIndex implements AutoCloseable {

    private final LexicalIndex lexical = new LexicalIndex();
    private final StoryCopies copies = new StoryCopies(MinHash.DEFAULT_THRESHOLD);
    private final int dimension;
    private volatile Corpus current;

    public CorpusIndex(int dimension) {
        this.dimension = dimension;
        this.current = new Corpus(0, List.of(), Map.of(), List.of(), VectorMatrix.empty(dimension),
                lexical.refresh(), lexical, Map.of());
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
        // Signatures cost about 2 ms per article: a restore of hundreds computes them on every core.
        List<long[]> signatures = (upserts.size() > 1 ? upserts.parallelStream() : upserts.stream())
                .map(e -> MinHash.signature(e.chunked().article().body())).toList();
        lexical.delete(replaced);
        replaced.forEach(copies::remove);
        for (int i = 0; i < upserts.size(); i++) {
            EmbeddedArticle embedded = upserts.get(i);
            Article article = embedded.chunked().article();
            articles.add(article);
            sentences.put(article.id(), embedded.chunked().sentences());
            chunks.addAll(embedded.chunked().chunks());
            added.addAll(embedded.vectors());
            lexical.add(article, embedded.chunked().chunks());
            copies.add(article.id(), signatures.get(i));
        }
        return publish(old, articles, sentences, chunks, vectors.append(added));
    }

    private Corpus publish(Corpus old, List<Article> articles, Map<String, List<Span>> sentences,
                           List<Chunk> chunks, VectorMatrix vectors) {
        Corpus next = new Corpus(old.version() + 1, articles, sentences, chunks, vectors, lexical.refresh(), lexical,
                copies.groups());
        current = next;
        return next;
    }

    @Override
    public void close() throws Exception {
        lexical.close();
    }
}
