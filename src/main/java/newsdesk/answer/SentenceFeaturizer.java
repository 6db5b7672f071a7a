package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import newsdesk.retrieve.Passage;

/**
 * Computes the {@link SentenceFeatures} of the best candidate sentences of one question: the lexical score and its
 * parts, whether the sentence holds a span of the expected answer type that is not the question's own words (and how
 * well it fits and how close it stands to the question's words), whether it holds the question's focus, its
 * passage's retrieval rank and cosine, its place in the article, its length, whether it is a quotation, and its
 * lexical rank. Regular expressions and set lookups only.
 */
final class SentenceFeaturizer {

    /** Sentences at or before this character offset open their article (the lead). */
    static final int LEAD_CHARS = 300;

    private final QuestionAnalysis analysis;
    private final SentenceScorer scorer;
    private final List<Passage> evidence;
    private final AskedNames asked;
    private final Set<String> questionWords;
    private final Set<String> keys;
    private final Set<String> focus;
    private final boolean future;
    private final QuestionPart part;

    SentenceFeaturizer(String question, QuestionAnalysis analysis, SentenceScorer scorer, List<Passage> evidence) {
        this.analysis = analysis;
        this.scorer = scorer;
        this.evidence = evidence;
        this.asked = new AskedNames(question);
        this.questionWords = DirectAnswers.words(question);
        this.keys = new HashSet<>(questionWords);
        keys.removeAll(DirectAnswers.STOP);
        this.focus = SentenceScorer.focusWords(DirectAnswers.beforeApposition(question));
        this.future = Tense.future(question);
        this.part = analysis.parts().stream().filter(p -> p.type() != AnswerType.OPEN).findFirst().orElse(null);
    }

    /** The features of the first {@code n} of {@code ranked} (best first), in that order. */
    List<double[]> of(List<ScoredSentence> ranked, int n) {
        List<double[]> out = new ArrayList<>();
        ScoredSentence best = ranked.get(0);
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            out.add(of(ranked.get(i), i, best));
        }
        return out;
    }

    private double[] of(ScoredSentence s, int rank, ScoredSentence best) {
        double[] spans = spans(s.sentence());
        Passage passage = passage(s);
        int words = s.sentence().split("\\s+").length;
        int bodyLength = Math.max(1, s.article().body().length());
        return new double[] {
            s.score(),
            s.coverage(),
            s.contextCoverage() - s.coverage(),
            scorer.unitCount() == 0 ? 0 : (double) s.coveredUnits() / scorer.unitCount(),
            scorer.hasAnswerType(s.sentence()) ? 1 : 0,
            spans[0] > 0 ? 1 : 0,
            spans[0],
            spans[1],
            scorer.answersFocus(s) ? 1 : 0,
            passage == null ? 0 : 1.0 / passage.rank(),
            passage == null || Double.isNaN(passage.similarity()) ? 0 : passage.similarity(),
            s.start() <= LEAD_CHARS ? 1 : 0,
            (double) s.start() / bodyLength,
            Math.log(words),
            quoted(s.sentence()) ? 1 : 0,
            1.0 / (1 + rank),
            best.score() <= 0 ? 0 : s.score() / best.score(),
            (double) s.coveredUnits() / words,
            asked.mentionedBy(s) ? 1 : 0,
            s.article().id().equals(best.article().id()) ? 1 : 0,
            analysis.typed() ? 1 : 0,
        };
    }

    /** The best fit, and the best fit × closeness, of a span of the expected type that is not question words. */
    private double[] spans(String sentence) {
        if (part == null || part.type() == AnswerType.PHRASE) {
            return new double[] {0, 0};
        }
        double fit = 0;
        double close = 0;
        for (AnswerSpan span : AnswerSpans.in(sentence, part.type())) {
            if (questionWords.containsAll(DirectAnswers.words(span.of(sentence)))) {
                continue;
            }
            fit = Math.max(fit, span.fit());
            close = Math.max(close, span.fit() * Closeness.of(sentence, span, keys, focus, future));
        }
        return new double[] {fit, close};
    }

    private static boolean quoted(String sentence) {
        return sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0 || sentence.indexOf('”') >= 0;
    }

    /** The passage among those read that holds the sentence, or null. */
    private Passage passage(ScoredSentence s) {
        for (Passage p : evidence.subList(0, Math.min(ExtractiveAnswerer.PASSAGES_READ, evidence.size()))) {
            if (p.article().id().equals(s.article().id()) && p.start() <= s.start() && s.start() < p.end()) {
                return p;
            }
        }
        return null;
    }
}
