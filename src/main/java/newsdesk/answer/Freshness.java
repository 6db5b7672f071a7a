package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * The latest state of a story. The relevant articles are the first {@value #RELEVANT} distinct articles of the pool
 * in rank order whose title and passages in the pool cover at least {@value #MIN_TOPIC_COVERAGE} of the question's
 * weight: counted in articles, not passages, because a long article fills a pool with its own passages, and covering
 * the topic, because an article that only shares a word with it is not coverage of the story. The answerer reads the
 * {@value #RELEVANT} best passages newest first, as before; the answer is led by {@code As of 12 Dec 2023 [n]: } (the
 * newest article quoted), and one line {@code Newer coverage: <title> — <outlet>, <date> [m].} (a metadata citation of
 * its publication date) names the newest relevant article when it is newer than every article quoted.
 */
final class Freshness {

    /** Articles taken as relevant to the story: as many as an answer usually reads passages. */
    static final int RELEVANT = 10;
    /**
     * Share of the question's weight an article must cover to be coverage of its story: half, the majority of what
     * the question names (measured on docs/eval/news-dev.jsonl, docs/news.md).
     */
    static final double MIN_TOPIC_COVERAGE = 0.5;

    /** The pool in reading order, and the relevant articles newest first. */
    record Reading(List<Passage> passages, List<Article> relevant) {
    }

    private Freshness() {
    }

    /**
     * The relevant articles, newest first, and the reading order: the {@value #RELEVANT} best passages newest first
     * (undated last, ties by rank), then the others in rank order, ranked again; {@code coverage} is the share of
     * the question's weight a text covers.
     */
    static Reading read(List<Passage> pool, ToDoubleFunction<String> coverage) {
        Map<String, List<Passage>> byArticle = new LinkedHashMap<>();
        for (Passage p : pool) {
            byArticle.computeIfAbsent(p.article().id(), id -> new ArrayList<>()).add(p);
        }
        List<List<Passage>> relevant = new ArrayList<>();
        for (List<Passage> passages : byArticle.values()) {
            if (relevant.size() == RELEVANT) {
                break;
            }
            StringBuilder text = new StringBuilder(passages.get(0).article().title());
            passages.forEach(p -> text.append('\n').append(p.text()));
            if (coverage.applyAsDouble(text.toString()) >= MIN_TOPIC_COVERAGE) {
                relevant.add(passages);
            }
        }
        relevant.sort(Comparator.comparing((List<Passage> ps) -> ps.get(0).article().publishedAt(),
                Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())));
        List<Passage> order = new ArrayList<>(pool.subList(0, Math.min(RELEVANT, pool.size())));
        order.sort(Comparator.comparing((Passage p) -> p.article().publishedAt(),
                Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())));
        order.addAll(pool.subList(order.size(), pool.size()));
        return new Reading(NewsAnswerer.ranked(order), relevant.stream().map(ps -> ps.get(0).article()).toList());
    }

    /**
     * {@code answer} said as of its newest quoted article, with the newer-coverage line when one of the
     * {@code relevant} articles (no copy of a quoted one) is newer than every article quoted.
     */
    static Answer asOf(Answer answer, List<Article> relevant, Function<String, List<Article>> copies) {
        Citation newest = answer.citations().stream().filter(c -> c.publishedAt() != null)
                .max(Comparator.comparing(Citation::publishedAt)).orElse(null);
        if (answer.abstained() || newest == null) {
            return answer;
        }
        Set<String> quoted = new HashSet<>();
        for (Citation c : answer.citations()) {
            quoted.add(c.articleId());
            copies.apply(c.articleId()).forEach(copy -> quoted.add(copy.id()));
        }
        Article newer = null;
        for (Article a : relevant) {
            if (!quoted.contains(a.id()) && a.publishedAt() != null && a.publishedAt().isAfter(newest.publishedAt())
                    && (newer == null || a.publishedAt().isAfter(newer.publishedAt()))) {
                newer = a;
            }
        }
        String text = "As of " + NewsQuotes.day(newest.publishedAt()) + " [" + newest.n() + "]: " + answer.text();
        List<Citation> citations = new ArrayList<>(answer.citations());
        if (newer != null) {
            // The field's value as every metadata citation quotes it (ArticleFacts), so it can be checked.
            String date = ArticleFacts.value("publishedAt", newer);
            int n = citations.size() + 1;
            citations.add(new Citation(n, newer.id(), newer.title(), newer.source(), newer.publishedAt(), newer.url(),
                    date, 0, date.length(), Citation.Kind.METADATA, "publishedAt", List.of(), List.of()));
            text += "\n\nNewer coverage: " + newer.title() + " — "
                    + (newer.source() == null ? "" : newer.source() + ", ") + NewsQuotes.day(newer.publishedAt())
                    + " [" + n + "].";
        }
        return new Answer(text, false, citations, answer.closest(), answer.answerer(), answer.confidence(),
                answer.conversationId(), answer.timingsMs(), answer.direct(), answer.id(), answer.format());
    }
}
