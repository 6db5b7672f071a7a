package newsdesk.retrieve;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import newsdesk.article.Article;
import newsdesk.article.Filters;

/**
 * Which of a list of articles a {@link Filters} lets through, exactly as {@link Filters#accepts} decides, from each
 * article's outlet (lower-cased) and publication day read once for the list instead of once per restricted search (the
 * BM25 side of a question restricted to an outlet or a day tests every article of the corpus).
 */
final class AcceptedArticles {

    private static final long UNKNOWN_DAY = Long.MIN_VALUE;

    private final List<Article> articles;
    private final String[] sources;
    private final long[] days;

    AcceptedArticles(List<Article> articles) {
        this.articles = articles;
        this.sources = new String[articles.size()];
        this.days = new long[articles.size()];
        for (int i = 0; i < sources.length; i++) {
            Article article = articles.get(i);
            sources[i] = article.source() == null ? null : article.source().toLowerCase(Locale.ROOT);
            OffsetDateTime published = article.publishedAt();
            days[i] = published == null ? UNKNOWN_DAY : published.toLocalDate().toEpochDay();
        }
    }

    /** Whether this was read from {@code list} itself (the same instance). */
    boolean readFrom(List<Article> list) {
        return articles == list;
    }

    /** One verdict per article, in list order. */
    boolean[] accepted(Filters filters) {
        boolean[] accepted = new boolean[sources.length];
        boolean anySource = filters.sources().isEmpty();
        LocalDate from = filters.from();
        LocalDate to = filters.to();
        long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
        boolean anyDay = from == null && to == null;
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = (anySource || sources[i] != null && filters.sources().contains(sources[i]))
                    && (anyDay || days[i] != UNKNOWN_DAY && days[i] >= first && days[i] <= last);
        }
        return accepted;
    }
}
