package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * The sentences an extractive answer may quote: every sentence of at least {@code MIN_WORDS} words in the first
 * {@link ExtractiveAnswerer#PASSAGES_READ} passages, scored by {@link SentenceScorer} times a passage-rank prior
 * (1 / (1 + 0.1 × (rank − 1))), a sentence that denies what an affirmative question asks weighed down by
 * {@link Negation#PENALTY}, with its coverage of the question alone and together with its article's title.
 */
final class CandidateSentences {

    static final int MIN_WORDS = 4;

    private CandidateSentences() {
    }

    /** The candidates in passage and sentence order (not yet ranked). */
    static List<ScoredSentence> of(List<Passage> evidence, SentenceScorer scorer, boolean negatedQuestion,
                                   SentenceSplitter splitter, Function<String, List<String>> analyzer) {
        List<ScoredSentence> candidates = new ArrayList<>();
        Map<String, Set<String>> titleTerms = new HashMap<>();
        for (Passage passage : evidence.subList(0, Math.min(ExtractiveAnswerer.PASSAGES_READ, evidence.size()))) {
            double prior = 1.0 / (1.0 + 0.1 * (passage.rank() - 1));
            for (Span local : splitter.split(passage.text())) {
                String sentence = local.of(passage.text());
                if (sentence.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                Set<String> terms = scorer.terms(sentence);
                double coverage = scorer.coverage(terms);
                Set<String> withTitle = new HashSet<>(terms);
                withTitle.addAll(titleTerms.computeIfAbsent(passage.article().id(),
                        id -> scorer.terms(passage.article().title())));
                double score = scorer.score(sentence, terms) * prior;
                if (!negatedQuestion && Negation.denies(sentence, scorer, analyzer)) {
                    score *= Negation.PENALTY;
                }
                int start = passage.start() + local.start();
                candidates.add(new ScoredSentence(passage.article(), sentence, start, start + sentence.length(), terms,
                        coverage, scorer.coveredUnits(withTitle), score, scorer.coverage(withTitle)));
            }
        }
        return candidates;
    }
}
