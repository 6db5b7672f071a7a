package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.LexicalIndex;

/** The in-memory {@link ArticleStore}: each call reads the corpus view current at that moment. */
public final class InMemoryArticleStore implements ArticleStore {

    private final Supplier<Corpus> corpus;
    private final PassageSearch search;
    private final BooleanSupplier ready;

    /** Ready as soon as a corpus view has been published. */
    public InMemoryArticleStore(Supplier<Corpus> corpus, PassageSearch search) {
        this(corpus, search, () -> corpus.get().version() > 0);
    }

    /** Ready when {@code ready} says so (the durable index: not while a first load is still committing batches). */
    public InMemoryArticleStore(Supplier<Corpus> corpus, PassageSearch search, BooleanSupplier ready) {
        this.corpus = corpus;
        this.search = search;
        this.ready = ready;
    }

    @Override
    public List<Passage> search(String query, int topK, Filters filters) {
        return search.search(corpus.get(), query, topK, filters);
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        List<Article> all = corpus.get().articles();
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    @Override
    public int articleCount() {
        return corpus.get().articles().size();
    }

    @Override
    public Optional<Article> article(String id) {
        return corpus.get().article(id);
    }

    @Override
    public int chunkCount() {
        return corpus.get().chunks().size();
    }

    @Override
    public boolean ready() {
        return ready.getAsBoolean();
    }

    @Override
    public double idf(String term) {
        return corpus.get().idf(term);
    }

    @Override
    public boolean mentions(String term) {
        return LexicalIndex.mentions(corpus.get().searcher(), term);
    }

    @Override
    public List<Article> copies(String articleId) {
        return corpus.get().copies(articleId);
    }
}
