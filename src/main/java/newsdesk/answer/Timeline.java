package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * How a story unfolded: up to {@value #MAX_EVENTS} dated bullets from different articles (copies of one story count
 * once), oldest first, each a verbatim cited sentence: {@code - 12 Oct 2023: sentence [n]}. Articles are taken in
 * the passages' rank order; an article without a publication date or without a sentence on the question is skipped.
 */
final class Timeline {

    static final int MAX_EVENTS = 6;
    static final int MIN_EVENTS = 2;

    private final NewsQuotes quotes;
    private final Function<String, List<Article>> copies;

    Timeline(NewsQuotes quotes, Function<String, List<Article>> copies) {
        this.quotes = quotes;
        this.copies = copies;
    }

    /** The timeline answer, or empty when fewer than {@value #MIN_EVENTS} articles have a dated sentence on it. */
    Optional<Answer> answer(List<Passage> pool, SentenceScorer scorer, String answerer) {
        List<NewsQuotes.Quote> events = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Passage passage : pool) {
            Article article = passage.article();
            if (events.size() == MAX_EVENTS || article.publishedAt() == null || taken.contains(article.id())) {
                continue;
            }
            Optional<NewsQuotes.Quote> quote = quotes.best(passage, scorer);
            if (quote.isPresent()) {
                events.add(quote.get());
                taken.add(article.id());
                copies.apply(article.id()).forEach(copy -> taken.add(copy.id()));
            }
        }
        if (events.size() < MIN_EVENTS) {
            return Optional.empty();
        }
        events.sort(Comparator.comparing((NewsQuotes.Quote q) -> q.article().publishedAt())
                .thenComparing(q -> q.article().id()));
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        for (NewsQuotes.Quote event : events) {
            Citation citation = event.cite(citations.size() + 1);
            citations.add(citation);
            confidence = Math.max(confidence, event.coverage());
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("- ").append(NewsQuotes.day(event.article().publishedAt())).append(": ")
                    .append(event.sentence()).append(" [").append(citation.n()).append(']');
        }
        return Optional.of(NewsQuotes.answer(text.toString(), citations, confidence, answerer,
                Answer.Format.TIMELINE));
    }
}
