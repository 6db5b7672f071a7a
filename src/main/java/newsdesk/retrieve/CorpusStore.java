package newsdesk.retrieve;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.LexicalIndex;
import newsdesk.index.StoryCopies;

/** The in-memory {@link ArticleStore}: each call reads the corpus view current at that moment. */
public final class CorpusStore implements ArticleStore {

    private final Supplier<Corpus> corpus;
    private final PassageSearch search;
    private final StoryCopies copies;

    /** A store that finds no copies. */
    public CorpusStore(Supplier<Corpus> corpus, PassageSearch search) {
        this(corpus, search, null);
    }

    /** A store whose {@link #copies} come from {@code copies} ({@code null}: none). */
    public CorpusStore(Supplier<Corpus> corpus, PassageSearch search, StoryCopies copies) {
        this.corpus = corpus;
        this.search = search;
        this.copies = copies;
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
        return corpus.get().version() > 0;
    }

    @Override
    public double idf(String term) {
        return LexicalIndex.idf(corpus.get().searcher(), term);
    }

    @Override
    public boolean mentions(String term) {
        return LexicalIndex.mentions(corpus.get().searcher(), term);
    }

    @Override
    public List<Article> copies(String articleId) {
        return copies == null ? List.of() : copies.of(corpus.get(), articleId);
    }
}
