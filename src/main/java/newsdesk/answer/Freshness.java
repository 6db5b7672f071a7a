package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * The latest state of a story: newer articles first among the {@value #RELEVANT} best-ranked passages, the answer
 * led by {@code As of 12 Dec 2023 [n]: } (the newest article quoted), and one line
 * {@code Newer coverage: <title> — <outlet>, <date> [m].} (a metadata citation of its publication date) when one of
 * those relevant passages comes from a newer article than every article quoted.
 */
final class Freshness {

    /** Passages taken as relevant to the story: the top of the ranking, as many as an answer usually reads. */
    static final int RELEVANT = 10;

    private Freshness() {
    }

    /** The best {@value #RELEVANT} passages newest first (undated last, ties by rank), then the rest, ranked again. */
    static List<Passage> newestFirst(List<Passage> pool) {
        List<Passage> top = new ArrayList<>(pool.subList(0, Math.min(RELEVANT, pool.size())));
        top.sort(Comparator.comparing((Passage p) -> p.article().publishedAt(),
                Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())));
        top.addAll(pool.subList(top.size(), pool.size()));
        return NewsAnswerer.ranked(top);
    }

    /** {@code answer} said as of its newest quoted article, with the newer-coverage line when there is one. */
    static Answer asOf(Answer answer, List<Passage> pool, Function<String, List<Article>> copies) {
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
        for (Passage p : pool.subList(0, Math.min(RELEVANT, pool.size()))) {
            Article a = p.article();
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
