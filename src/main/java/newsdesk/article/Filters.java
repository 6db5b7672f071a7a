package newsdesk.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import newsdesk.article.Article;

/**
 * Optional restrictions on which articles may be retrieved: outlets (case-insensitive) and an inclusive
 * published-date range. Empty {@code sources} and {@code null} bounds mean "no restriction".
 */
public record Filters(Set<String> sources, LocalDate from, LocalDate to) {

    public static final Filters NONE = new Filters(Set.of(), null, null);

    public Filters {
        sources = sources == null ? Set.of()
                : sources.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("filter date range is empty: from " + from + " is after to " + to);
        }
    }

    public boolean isEmpty() {
        return sources.isEmpty() && from == null && to == null;
    }

    /** Whether {@code article} passes; an article without a date fails any date bound. */
    public boolean accepts(Article article) {
        if (!sources.isEmpty()
                && (article.source() == null || !sources.contains(article.source().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        OffsetDateTime published = article.publishedAt();
        if (published == null) {
            return false;
        }
        LocalDate day = published.toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
