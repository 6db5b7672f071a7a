package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * The default, offline answerer: quotes the one to three sentences of the retrieved passages that best answer the
 * question, each followed by its citation marker, or abstains when none covers enough of the question.
 *
 * <p>A sentence's score is its {@link SentenceScorer} score (IDF-weighted question-term coverage plus an answer-type
 * bonus) times a passage-rank prior; further sentences must reach {@code FOLLOW_RATIO} of the best and add new
 * terms. The confidence is the best sentence's coverage; below {@code minConfidence} the answer abstains and lists
 * the passages' articles as the closest coverage. It also abstains, saying so, when the question names something
 * that no article mentions ({@link UnknownNames}), and when no passage is semantically close enough to the question
 * (the embeddings' cosine similarity, below {@code minSimilarity}): word overlap alone ("How many legs does a spider
 * have?" against a story about walking robots) is not an answer; nor are sentences without a single number for a
 * "how many" (much, long, old, far) question.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.12;
    public static final int DEFAULT_MAX_SENTENCES = 3;
    static final double FOLLOW_RATIO = 0.7;
    static final double MAX_TERM_OVERLAP = 0.6;
    static final int PASSAGES_READ = 6;
    static final int MIN_WORDS = 4;
    static final int MIN_COVERED_UNITS = 2;

    private final SentenceSplitter splitter;
    private final Function<String, List<String>> analyzer;
    private final ToDoubleFunction<String> idf;
    private final Predicate<String> known;
    private final double minConfidence;
    private final double minSimilarity;
    private final int maxSentences;

    public ExtractiveAnswerer(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                              ToDoubleFunction<String> idf, double minConfidence, int maxSentences) {
        this(splitter, analyzer, idf, term -> true, minConfidence, 0, maxSentences);
    }

    /**
     * An answerer that also abstains when the question names something no article mentions ({@code known} tells
     * whether an analysed term occurs anywhere in the corpus), and when no passage it reads is at least
     * {@code minSimilarity} similar to the question (cosine of the embeddings; passages without a similarity are
     * not judged by it).
     */
    public ExtractiveAnswerer(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                              ToDoubleFunction<String> idf, Predicate<String> known, double minConfidence,
                              double minSimilarity, int maxSentences) {
        this.splitter = splitter;
        this.analyzer = analyzer;
        this.idf = idf;
        this.known = known;
        this.minConfidence = minConfidence;
        this.minSimilarity = minSimilarity;
        this.maxSentences = maxSentences;
    }

    @Override
    public String name() {
        return "extractive";
    }

    @Override
    public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
        List<String> unknown = UnknownNames.in(question, analyzer, known);
        if (!unknown.isEmpty()) {
            Answer abstention = Abstention.unknownNames(evidence, unknown, name());
            listener.onText(abstention.text());
            return abstention;
        }
        if (offTopic(evidence)) {
            Answer abstention = Abstention.of(evidence, 0, name());
            listener.onText(abstention.text());
            return abstention;
        }
        SentenceScorer scorer = new SentenceScorer(question, analyzer, idf);
        List<Candidate> candidates = candidates(evidence, scorer);
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (candidates.isEmpty() || !confident(candidates.get(0), scorer)) {
            double confidence = candidates.isEmpty() ? 0 : candidates.get(0).coverage();
            Answer abstention = Abstention.of(evidence, confidence, name());
            listener.onText(abstention.text());
            return abstention;
        }
        List<Candidate> chosen = choose(candidates);
        if (scorer.asksForQuantity() && chosen.stream().noneMatch(c -> scorer.hasAnswerType(c.sentence()))) {
            // "How many …?" is not answered by sentences without a single number.
            Answer abstention = Abstention.of(evidence, candidates.get(0).coverage(), name());
            listener.onText(abstention.text());
            return abstention;
        }
        Answer answer = compose(chosen, candidates.get(0).coverage());
        listener.onCitations(answer.citations());
        listener.onText(answer.text());
        return answer;
    }

    /** Whether every passage read has a known similarity to the question and none reaches the floor. */
    private boolean offTopic(List<Passage> evidence) {
        if (minSimilarity <= 0 || evidence.isEmpty()) {
            return false;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Passage passage : evidence.subList(0, Math.min(PASSAGES_READ, evidence.size()))) {
            if (Double.isNaN(passage.similarity())) {
                return false;
            }
            best = Math.max(best, passage.similarity());
        }
        return best < minSimilarity;
    }

    private List<Candidate> candidates(List<Passage> evidence, SentenceScorer scorer) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Set<String>> titleTerms = new java.util.HashMap<>();
        for (Passage passage : evidence.subList(0, Math.min(PASSAGES_READ, evidence.size()))) {
            double prior = 1.0 / (1.0 + 0.1 * (passage.rank() - 1));
            for (Span local : splitter.split(passage.text())) {
                String sentence = local.of(passage.text());
                if (sentence.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                Set<String> terms = scorer.terms(sentence);
                double coverage = scorer.coverage(terms);
                Set<String> withTitle = new java.util.HashSet<>(terms);
                withTitle.addAll(titleTerms.computeIfAbsent(passage.article().id(),
                        id -> scorer.terms(passage.article().title())));
                int start = passage.start() + local.start();
                candidates.add(new Candidate(passage.article(), sentence, start, start + sentence.length(), terms,
                        coverage, scorer.coveredUnits(withTitle), scorer.score(sentence, terms) * prior));
            }
        }
        return candidates;
    }

    /**
     * Enough of the question is in the best sentence: its share of the question's weight reaches the threshold, and
     * it (with its article's title) has at least two of the question's units when the question has two or more (one
     * shared word, such as "won" in "won't", is never enough).
     */
    private boolean confident(Candidate best, SentenceScorer scorer) {
        int needed = Math.min(MIN_COVERED_UNITS, scorer.unitCount());
        return best.coverage() >= minConfidence && best.coveredUnits() >= needed;
    }

    private List<Candidate> choose(List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        Candidate best = ranked.get(0);
        for (Candidate candidate : ranked) {
            if (chosen.size() == maxSentences || candidate.score() < FOLLOW_RATIO * best.score()) {
                break;
            }
            if (chosen.stream().noneMatch(c -> redundant(c, candidate))) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private static boolean redundant(Candidate a, Candidate b) {
        if (a.article().id().equals(b.article().id()) && a.start() == b.start()) {
            return true;
        }
        long shared = b.terms().stream().filter(a.terms()::contains).count();
        return shared > MAX_TERM_OVERLAP * Math.min(a.terms().size(), b.terms().size());
    }

    private Answer compose(List<Candidate> chosen, double confidence) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Candidate candidate : chosen) {
            Article article = candidate.article();
            String key = article.id() + "@" + candidate.start();
            Citation citation = citations.computeIfAbsent(key, k -> new Citation(citations.size() + 1, article.id(),
                    article.title(), article.source(), article.publishedAt(), article.url(), candidate.sentence(),
                    candidate.start(), candidate.end()));
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(candidate.sentence()).append(" [").append(citation.n()).append(']');
        }
        return new Answer(text.toString(), false, List.copyOf(citations.values()), List.of(), name(),
                Math.min(1, confidence), null, Map.of());
    }

    private record Candidate(Article article, String sentence, int start, int end, Set<String> terms,
                             double coverage, int coveredUnits, double score) {
    }
}
