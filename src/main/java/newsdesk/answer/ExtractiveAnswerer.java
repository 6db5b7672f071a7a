package newsdesk.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.retrieve.Passage;

/**
 * The default, offline answerer: quotes the one to three sentences of the retrieved passages that best answer the
 * question, each followed by its citation marker, or abstains when none covers enough of the question.
 *
 * <p>A sentence's score is its {@link SentenceScorer} score (IDF-weighted question-term coverage plus an answer-type
 * bonus) times a passage-rank prior; {@link SentenceRanker} may re-order the best of them for quoting and
 * {@link QuoteChoice} picks the sentences quoted after the best. The confidence is
 * the best sentence's coverage; below {@code minConfidence} the answer abstains and lists the passages' articles as
 * the closest coverage. It also abstains, saying so, when the question names something
 * that no article mentions ({@link UnknownNames}), and when no passage is semantically close enough to the question
 * (the embeddings' cosine similarity, below {@code minSimilarity}): word overlap alone ("How many legs does a spider
 * have?" against a story about walking robots) is not an answer; nor are sentences without a single number for a
 * "how many" (much, long, old, far) question.
 *
 * <p>It leads with a direct answer when it can ({@link QuestionAnalysis} gives the expected type of each question
 * part, {@link DirectAnswers} picks a verbatim span of that type, {@link AnswerComposer} writes the direct line, then
 * the quotes); questions about an article itself are answered from its fields ({@link ArticleFacts}). A question whose
 * every part asks for a person, date or number abstains when no good sentence holds one.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.12;
    public static final int DEFAULT_MAX_SENTENCES = 3;
    static final int PASSAGES_READ = 6;
    static final int MIN_COVERED_UNITS = 2;
    /** A typed question with at most this many units ("Who is going to the parade?") needs only one covered. */
    static final int SHORT_UNITS = 3;
    /**
     * A short typed question ("On what day is the parade?"), or one asking what a read outlet reported about a short
     * topic ({@link ReportedFrame}), whose every content word is in one sentence may be this much less similar to its
     * passages than the floor: short questions embed far from long passages.
     */
    static final double SHORT_SIMILARITY_FACTOR = 0.8;

    private final SentenceSplitter splitter;
    private final Function<String, List<String>> analyzer;
    private final ToDoubleFunction<String> idf;
    private final Predicate<String> known;
    private final double minConfidence;
    private final double minSimilarity;
    private final int maxSentences;
    private final SentenceSimilarity similarity;
    private final PhraseTagger tagger;
    private final LearnedAbstention abstention;
    private final SentenceRanker ranker;

    /**
     * An answerer that also abstains when the question names something no article mentions ({@code known} tells
     * whether an analysed term occurs anywhere in the corpus), and when no passage it reads is at least
     * {@code minSimilarity} similar to the question (cosine of the embeddings; passages without a similarity are
     * not judged by it).
     */
    public ExtractiveAnswerer(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                              ToDoubleFunction<String> idf, Predicate<String> known, double minConfidence,
                              double minSimilarity, int maxSentences) {
        this(splitter, analyzer, idf, known, minConfidence, minSimilarity, maxSentences, new PhraseTagger(), null);
    }

    /**
     * As above, checking direct answers against the phrase chunks {@code tagger} finds and, when {@code similarity}
     * is not null, blending each candidate sentence's similarity to the question into its score
     * ({@link SemanticBlend}) once the question is judged answerable.
     */
    public ExtractiveAnswerer(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                              ToDoubleFunction<String> idf, Predicate<String> known, double minConfidence,
                              double minSimilarity, int maxSentences, PhraseTagger tagger,
                              SentenceSimilarity similarity) {
        this(splitter, analyzer, idf, known, minConfidence, minSimilarity, maxSentences, tagger, similarity, null,
                null);
    }

    private ExtractiveAnswerer(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                               ToDoubleFunction<String> idf, Predicate<String> known, double minConfidence,
                               double minSimilarity, int maxSentences, PhraseTagger tagger,
                               SentenceSimilarity similarity, LearnedAbstention abstention,
                               SentenceRanker ranker) {
        this.abstention = abstention;
        this.ranker = ranker;
        this.tagger = tagger;
        this.similarity = similarity;
        this.splitter = splitter;
        this.analyzer = analyzer;
        this.idf = idf;
        this.known = known;
        this.minConfidence = minConfidence;
        this.minSimilarity = minSimilarity;
        this.maxSentences = maxSentences;
    }

    /**
     * The same answerer, also abstaining when {@code decision} judges a question it would answer unanswerable
     * from its {@link AnswerSignals}.
     */
    public ExtractiveAnswerer abstainingBy(LearnedAbstention decision) {
        return new ExtractiveAnswerer(splitter, analyzer, idf, known, minConfidence, minSimilarity, maxSentences,
                tagger, similarity, decision, ranker);
    }

    /** The same answerer, ordering its best candidate sentences by {@code learned} once it judged them answerable. */
    public ExtractiveAnswerer rankingBy(SentenceRanker learned) {
        return new ExtractiveAnswerer(splitter, analyzer, idf, known, minConfidence, minSimilarity, maxSentences,
                tagger, similarity, abstention, learned);
    }

    @Override
    public String name() {
        return "extractive";
    }

    @Override
    public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
        List<String> unknown = UnknownNames.in(question, analyzer, known, evidence);
        if (!unknown.isEmpty()) {
            return deliver(Abstention.unknownNames(evidence, unknown, name()), listener);
        }
        QuestionAnalysis analysis = QuestionAnalysis.of(question);
        String content = analysis.content(question);
        String topic = ReportedFrame.topic(content, evidence);
        SentenceScorer scorer = new SentenceScorer(topic, analyzer, idf);
        List<ScoredSentence> candidates = CandidateSentences.of(evidence, scorer, Negation.in(question), splitter,
                analyzer);
        candidates.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        boolean wholly = !candidates.isEmpty() && candidates.get(0).coverage() >= 1
                && (analysis.typed() || analysis.field() != null || !topic.equals(content))
                && scorer.unitCount() <= SHORT_UNITS;
        if (offTopic(evidence, wholly ? SHORT_SIMILARITY_FACTOR * minSimilarity : minSimilarity)) {
            return deliver(Abstention.of(evidence, 0, name()), listener);
        }
        if (candidates.isEmpty() || !confident(candidates.get(0), scorer, analysis)) {
            double confidence = candidates.isEmpty() ? 0 : candidates.get(0).coverage();
            return deliver(Abstention.of(evidence, confidence, name()), listener);
        }
        double confidence = candidates.get(0).coverage();
        if (similarity != null) {
            candidates = SemanticBlend.rerank(candidates, similarity.cosines(question, candidates.stream()
                    .limit(SemanticBlend.BLENDED).map(ScoredSentence::sentence).toList()));
        }
        // The learned order chooses the quotes of typed questions (it was fitted on them); direct answers still weigh
        // spans by the lexical order (docs/answers.md, eighth pass: giving them the learned order lost answers).
        List<ScoredSentence> lexical = candidates;
        if (ranker != null && analysis.typed() || listener.wantsCandidates()) {
            candidates = SentenceRanker.apply(analysis.typed() ? ranker : null,
                    new SentenceFeaturizer(question, analysis, scorer, evidence), candidates, listener);
        }
        if (analysis.field() != null) {
            Answer fact = ArticleFacts.answer(analysis.field(), factArticle(question, candidates), name());
            if (fact != null) {
                return deliver(fact, listener);
            }
        }
        List<DirectAnswers.Pick> picks = analysis.typed() ? DirectAnswers.find(analysis, lexical, question,
                s -> !strictlyTyped(analysis) || scorer.answersFocus(s), tagger)
                : List.of();
        if (picks.isEmpty() && strictlyTyped(analysis)) {
            // "How many …?", "When …?", "Who …?" are not answered by sentences without a number, date or name.
            return deliver(Abstention.of(evidence, confidence, name()), listener);
        }
        if (abstention != null || listener.wantsSignals()) {
            AnswerSignals signals = AnswerSignals.of(question, analysis, scorer, candidates, picks, evidence, analyzer,
                    strictlyTyped(analysis), listener.wantsSignals() || abstention.readsDeep());
            listener.onSignals(signals);
            if (abstention != null && abstention.abstains(signals)) {
                return deliver(Abstention.of(evidence, confidence, name()), listener);
            }
        }
        return deliver(AnswerComposer.compose(QuoteChoice.choose(candidates, maxSentences), picks, confidence, name(), maxSentences),
                listener);
    }

    private static Answer deliver(Answer answer, AnswerListener listener) {
        if (!answer.citations().isEmpty()) {
            listener.onCitations(answer.citations());
        }
        if (!answer.direct().isEmpty()) {
            listener.onDirect(answer.direct());
        }
        listener.onText(answer.text());
        return answer;
    }

    /** Whether every part asks for a person, date or number: a question the quotes alone cannot answer. */
    private static boolean strictlyTyped(QuestionAnalysis analysis) {
        return analysis.parts().stream().allMatch(p -> p.type() == AnswerType.PERSON_OR_ORG
                || p.type() == AnswerType.DATE || p.type() == AnswerType.NUMBER);
    }

    /** The article a question about an article means: one from the outlet it names, else the best sentence's. */
    private static Article factArticle(String question, List<ScoredSentence> ranked) {
        Set<String> words = DirectAnswers.words(question);
        for (ScoredSentence s : ranked.subList(0, Math.min(PASSAGES_READ * 2, ranked.size()))) {
            String source = s.article().source();
            if (source != null && words.containsAll(DirectAnswers.words(source))) {
                return s.article();
            }
        }
        return ranked.get(0).article();
    }

    /** Whether every passage read has a known similarity to the question and none reaches the floor. */
    private boolean offTopic(List<Passage> evidence, double floor) {
        if (floor <= 0 || evidence.isEmpty()) {
            return false;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Passage passage : evidence.subList(0, Math.min(PASSAGES_READ, evidence.size()))) {
            if (Double.isNaN(passage.similarity())) {
                return false;
            }
            best = Math.max(best, passage.similarity());
        }
        return best < floor;
    }

    /**
     * Enough of the question is in the best sentence: its share of the question's weight reaches the threshold, and
     * it (with its article's title) has at least two of the question's units when the question has two or more (one
     * shared word, such as "won" in "won't", is never enough).
     */
    private boolean confident(ScoredSentence best, SentenceScorer scorer, QuestionAnalysis analysis) {
        int needed = Math.min(MIN_COVERED_UNITS, scorer.unitCount());
        boolean shortTyped = (analysis.typed() || analysis.field() != null) && scorer.unitCount() <= SHORT_UNITS;
        if (shortTyped || analysis.parts().size() > 1) {
            needed = Math.min(needed, 1);
        }
        return best.coverage() >= minConfidence && best.coveredUnits() >= needed;
    }
}
