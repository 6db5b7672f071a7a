package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.List;
import java.util.Optional;

import newsdesk.article.Article;

/**
 * Where {@link newsdesk.qa.QaService} reads from: ranked passages and the articles themselves. Implementations are the
 * in-memory corpus ({@link InMemoryArticleStore}) and a SolrCloud collection ({@code newsdesk.solr.SolrStore}); both pass the
 * same contract tests.
 *
 * <p>Contract: {@link #search} follows {@link Retriever}'s (at most {@code topK}, best first, ranks from 1, every
 * passage's article passes {@code filters}, a hit whose chunk overlaps a passage already taken is skipped, nothing
 * to match gives an empty list) and each passage's text is {@code article.body().substring(start, end)}. Listing
 * is in ingestion order. A store that cannot be reached throws {@link newsdesk.error.RefusedException} of kind
 * {@code UNAVAILABLE}.
 */
public interface ArticleStore {

    List<Passage> search(String query, int topK, Filters filters);

    List<Article> articles(int offset, int limit);

    int articleCount();

    Optional<Article> article(String id);

    int chunkCount();

    /** Whether the store can answer: something was loaded (in memory) or the collection answers (Solr). */
    boolean ready();

    /** BM25's inverse document frequency of an analysed term over the chunk texts (the extractive answerer's use). */
    double idf(String term);

    /**
     * Whether any article's text, title or outlet holds the analysed term: the extractive answerer abstains when a
     * question names something no article mentions.
     */
    boolean mentions(String term);

    /**
     * The other articles carrying the same story as {@code articleId} (wire copies and near-identical rewrites), in
     * listing order; empty when it has none, when the article is unknown, or when the store does not find copies.
     */
    default List<Article> copies(String articleId) {
        return List.of();
    }
}
