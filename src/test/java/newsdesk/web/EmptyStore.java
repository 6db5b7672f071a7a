package newsdesk.web;

import java.util.List;
import java.util.Optional;

import newsdesk.article.Article;
import newsdesk.retrieve.ArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;

/** A loaded store with nothing in it: retrieval finds no passages, so the answerer runs on empty evidence. */
final class EmptyStore implements ArticleStore {

    @Override
    public List<Passage> search(String query, int topK, Filters filters) {
        return List.of();
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        return List.of();
    }

    @Override
    public int articleCount() {
        return 0;
    }

    @Override
    public Optional<Article> article(String id) {
        return Optional.empty();
    }

    @Override
    public int chunkCount() {
        return 0;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public double idf(String term) {
        return 0;
    }

    @Override
    public boolean mentions(String term) {
        return false;
    }
}
