package newsdesk.answer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * The sentence of a passage that best answers a question (scored like the extractive answerer does, without its
 * passage-rank prior), as a verbatim quote with its offsets in the article's body; shared by the news layouts.
 */
final class NewsQuotes {

    /** A quote must cover at least this share of the question's weight (the extractive answerer's default floor). */
    static final double MIN_COVERAGE = ExtractiveAnswerer.DEFAULT_MIN_CONFIDENCE;
    static final int MIN_WORDS = 6;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One verbatim sentence of an article: {@code sentence == article.body().substring(start, end)}. */
    record Quote(Article article, String sentence, int start, int end, double coverage, double score) {

        Citation cite(int n) {
            return new Citation(n, article.id(), article.title(), article.source(), article.publishedAt(),
                    article.url(), sentence, start, end);
        }
    }

    private final SentenceSplitter splitter;

    NewsQuotes(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The passage's best sentence that reaches {@link #MIN_COVERAGE}, if any. */
    Optional<Quote> best(Passage passage, SentenceScorer scorer) {
        Quote best = null;
        for (Span local : splitter.split(passage.text())) {
            String sentence = local.of(passage.text());
            if (sentence.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            Set<String> terms = scorer.terms(sentence);
            double coverage = scorer.coverage(terms);
            double score = scorer.score(sentence, terms);
            if (coverage >= MIN_COVERAGE && (best == null || score > best.score())) {
                int start = passage.start() + local.start();
                best = new Quote(passage.article(), sentence, start, start + sentence.length(), coverage, score);
            }
        }
        return Optional.ofNullable(best);
    }

    static String day(OffsetDateTime publishedAt) {
        return DAY.format(publishedAt);
    }

    /** An answer of these citations and text, laid out as {@code format}. */
    static Answer answer(String text, List<Citation> citations, double confidence, String answerer,
                         Answer.Format format) {
        return new Answer(text, false, citations, List.of(), answerer, Math.max(0, Math.min(1, confidence)), null,
                java.util.Map.of(), List.of(), null, format);
    }
}
