package newsdesk.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import newsdesk.article.Article;

/**
 * Writes the extractive answer: the direct answer's parts on a first line ("Kim Jong Un, Vladimir Putin [1]";
 * compound questions' parts joined by "; "), a blank line, then the quoted sentences each followed by its marker.
 * The sentences holding the direct answer are quoted first, then those of its runners-up, then the other chosen
 * ones; without a direct answer the
 * text is the quotes alone. Relative dates resolved against the article's publication date ({@link RelativeDates})
 * are shown after the phrase in the quote and the direct line ("Wednesday (3 Sep 2025)") and kept in the citation.
 */
final class AnswerComposer {

    private AnswerComposer() {
    }

    static Answer compose(List<ScoredSentence> chosen, List<DirectAnswers.Pick> picks, double confidence,
                          String answerer, int maxSentences) {
        List<ScoredSentence> quoted = new ArrayList<>();
        for (DirectAnswers.Pick pick : picks) {
            if (!contains(quoted, pick.sentence())) {
                quoted.add(pick.sentence());
            }
        }
        int room = Math.max(maxSentences, quoted.size());
        for (DirectAnswers.Pick pick : picks) {
            for (ScoredSentence s : pick.runnersUp()) {
                if (quoted.size() < room && !contains(quoted, s)) {
                    quoted.add(s);
                }
            }
        }
        for (ScoredSentence s : chosen) {
            if (quoted.size() < room && !contains(quoted, s)) {
                quoted.add(s);
            }
        }
        Map<String, Citation> citations = new LinkedHashMap<>();
        StringBuilder quotes = new StringBuilder();
        for (ScoredSentence s : quoted) {
            Citation citation = citation(citations.size() + 1, s);
            citations.put(s.key(), citation);
            if (!quotes.isEmpty()) {
                quotes.append(' ');
            }
            quotes.append(RelativeDates.annotate(s.sentence(), citation.dates())).append(" [").append(citation.n())
                    .append(']');
        }
        List<DirectAnswer> direct = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (DirectAnswers.Pick pick : picks) {
            int n = citations.get(pick.sentence().key()).n();
            List<ResolvedDate> dates = citations.get(pick.sentence().key()).dates();
            List<String> texts = new ArrayList<>();
            for (AnswerSpan span : pick.spans()) {
                String text = span.of(pick.sentence().sentence());
                LocalDate resolved = resolved(span, dates);
                direct.add(new DirectAnswer(text, n, span.start(), span.end(), resolved));
                texts.add(resolved == null ? text : text + " (" + RelativeDates.format(resolved) + ")");
            }
            parts.add(String.join(", ", texts) + " [" + n + "]");
        }
        String text = parts.isEmpty() ? quotes.toString() : String.join("; ", parts) + "\n\n" + quotes;
        return new Answer(text, false, List.copyOf(citations.values()), List.of(), answerer,
                Math.min(1, confidence), null, Map.of(), direct, null);
    }

    /** The date a date span stands for: the one resolved relative date inside it ("next Wednesday"), if any. */
    private static LocalDate resolved(AnswerSpan span, List<ResolvedDate> dates) {
        if (span.type() != AnswerType.DATE) {
            return null;
        }
        List<LocalDate> inside = dates.stream().filter(d -> d.start() >= span.start() && d.end() <= span.end())
                .map(ResolvedDate::date).distinct().toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    private static Citation citation(int n, ScoredSentence s) {
        Article article = s.article();
        return new Citation(n, article.id(), article.title(), article.source(), article.publishedAt(),
                article.url(), s.sentence(), s.start(), s.end())
                .withDates(RelativeDates.resolve(s.sentence(), article.publishedAt()));
    }

    private static boolean contains(List<ScoredSentence> list, ScoredSentence s) {
        return list.stream().anyMatch(q -> q.key().equals(s.key()));
    }
}
