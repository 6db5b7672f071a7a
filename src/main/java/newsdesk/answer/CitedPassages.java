package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * The numbered passages one generated answer may cite (1.. in prompt order), with the quotable sentences of each and
 * their content words, and the citations made from them so far. A citation quotes one quotable sentence verbatim,
 * with offsets into its article's body; citations are numbered by first appearance and a sentence cited twice keeps
 * its number. One instance per answer; not thread-safe.
 */
final class CitedPassages {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final List<Passage> passages;
    /** Per passage: the spans of its quotable sentences, and their content words (the only admissible support). */
    private final List<List<Span>> sentenceSpans = new ArrayList<>();
    private final List<Set<String>> passageWords = new ArrayList<>();
    private final Map<String, Citation> citations = new LinkedHashMap<>();

    CitedPassages(List<Passage> passages) {
        this.passages = List.copyOf(passages);
        for (Passage passage : this.passages) {
            List<Span> quotable = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (Span span : SPLITTER.split(passage.text())) {
                String sentence = span.of(passage.text());
                if (PlantedText.quotable(sentence)) {
                    quotable.add(span);
                    words.addAll(LlmWords.content(sentence));
                }
            }
            sentenceSpans.add(quotable);
            passageWords.add(words);
        }
    }

    /** How many passages were given (numbered 1..this). */
    int count() {
        return passages.size();
    }

    /** Passage {@code n} (1-based). */
    Passage passage(int n) {
        return passages.get(n - 1);
    }

    /** The quotable sentences of passage {@code n} (1-based), as offsets into its text. */
    List<Span> quotableSentences(int n) {
        return sentenceSpans.get(n - 1);
    }

    /** The content words of the quotable sentences of passage {@code n} (1-based). */
    Set<String> words(int n) {
        return passageWords.get(n - 1);
    }

    /**
     * Cites the quotable sentence of passage {@code n} sharing most content words with {@code content} (the first
     * of equals); empty when the passage has no quotable sentence or the sentence is not in the article body.
     */
    Optional<Citation> citeBest(int n, Set<String> content) {
        Passage passage = passage(n);
        Span best = null;
        long bestShared = -1;
        for (Span span : quotableSentences(n)) {
            long shared = LlmWords.content(span.of(passage.text())).stream().filter(content::contains).count();
            if (shared > bestShared) {
                best = span;
                bestShared = shared;
            }
        }
        return best == null ? Optional.empty() : cite(n, best);
    }

    /**
     * Cites the sentence at {@code span} of passage {@code n} (verbatim, with offsets into the article), reusing its
     * citation when it is already cited; empty when the sentence cannot be found in the article body.
     */
    Optional<Citation> cite(int n, Span span) {
        Article article = passage(n).article();
        String quote = span.of(passage(n).text());
        int begin = bodyOffset(n, span);
        if (begin < 0) {
            return Optional.empty();
        }
        return Optional.of(citations.computeIfAbsent(article.id() + "@" + begin, key -> new Citation(
                citations.size() + 1, article.id(), article.title(), article.source(), article.publishedAt(),
                article.url(), quote, begin, begin + quote.length())));
    }

    /** Where the sentence at {@code span} of passage {@code n} starts in its article's body, or -1. */
    int bodyOffset(int n, Span span) {
        Passage passage = passage(n);
        String body = passage.article().body();
        String quote = span.of(passage.text());
        int start = passage.start() + span.start();
        if (start >= 0 && start + quote.length() <= body.length() && body.startsWith(quote, start)) {
            return start;
        }
        return body.indexOf(quote);
    }

    /** The citations made so far, in number order. */
    List<Citation> citations() {
        return List.copyOf(citations.values());
    }
}
