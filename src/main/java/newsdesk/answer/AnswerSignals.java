package newsdesk.answer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * What the extractive answerer knows about a question it is about to answer, as numbers for a no-answer decision
 * ({@link LearnedAbstention}) and for the evaluation's details file. Shares are in [0, 1] and are 1 when the question
 * has nothing of that kind (no names, no numbers, no focus words):
 * {@code coverage} / {@code contextCoverage} the share of the question's IDF weight in the best sentence (with its
 * article's title), {@code articleCoverage} in its whole article; {@code namesSentence} / {@code namesArticle} the
 * share of the words of the names the question asks about in the best sentence (with the title) and in its article;
 * {@code numbersArticle} the share of the question's figures in that article; {@code focusSentence} /
 * {@code focusArticle} / {@code focusPick} the share of the question's focus words ({@link SentenceScorer#focusWords})
 * in the best sentence, its article and the direct answer's sentence; {@code similarity} the best cosine of a read
 * passage (0 when unknown); {@code retrieval} the best fused score of a read passage; {@code runnerUp} the second sentence's
 * score over the best's; {@code typed}, {@code strict} (person, date or number), {@code picked} (a direct answer
 * was found) as 0 or 1; {@code pickRelevance} the direct answer's sentence score over the best's; {@code units} the
 * question's unit count; {@code closeness} the direct answer's first span's {@link Closeness} to the question's
 * words, {@code focusCloseness} to its focus words alone (0.5 when none is in the sentence; 0 without a direct
 * answer); {@code namedSource} 1 when the question names the outlet of a read passage ({@link OutletCoverage#named}),
 * and {@code namedSimilarity} the best cosine of such a passage ({@code similarity} when it names none);
 * {@code foreignOutlet} 1 when it cites a publisher none of whose articles it reads ({@link CitedOutlets}).
 */
public record AnswerSignals(double coverage, double contextCoverage, double articleCoverage, double namesSentence,
                            double namesArticle, double numbersArticle, double focusSentence, double focusArticle,
                            double focusPick, double similarity, double retrieval, double runnerUp, double typed,
                            double strict, double picked, double pickRelevance, double units, double closeness,
                            double focusCloseness, double namedSource, double namedSimilarity,
                            double foreignOutlet) {

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    /** The signals by name, in declaration order (the order {@link LearnedAbstention} weighs them in). */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var component : AnswerSignals.class.getRecordComponents()) {
            try {
                values.put(component.getName(), (Double) component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /**
     * The signals a reading of the best sentence's whole article and of the question's names, figures and focus words
     * gives: the costly ones, computed only when asked for ({@link #of}'s {@code deep}).
     */
    static final Set<String> DEEP = Set.of("articleCoverage", "namesSentence", "namesArticle", "numbersArticle",
            "focusSentence", "focusArticle", "focusPick", "closeness", "focusCloseness");

    /**
     * The signals of a question the answerer has judged answerable: {@code ranked} its candidate sentences best
     * first (not empty), {@code picks} the direct answers found, {@code strict} whether every part asks for a person,
     * date or number; the {@link #DEEP} ones are NaN unless {@code deep}.
     */
    static AnswerSignals of(String question, QuestionAnalysis analysis, SentenceScorer scorer,
                            List<ScoredSentence> ranked, List<DirectAnswers.Pick> picks, List<Passage> evidence,
                            Function<String, List<String>> analyzer, boolean strict, boolean deep) {
        ScoredSentence best = ranked.get(0);
        ScoredSentence pick = picks.isEmpty() ? null : picks.get(0).sentence();
        double similarity = 0;
        double retrieval = 0;
        List<Passage> read = evidence.subList(0, Math.min(ExtractiveAnswerer.PASSAGES_READ, evidence.size()));
        for (Passage p : read) {
            retrieval = Math.max(retrieval, p.score());
            if (!Double.isNaN(p.similarity())) {
                similarity = Math.max(similarity, p.similarity());
            }
        }
        List<String> outlets = read.stream().map(p -> p.article().source()).filter(o -> o != null && !o.isBlank())
                .distinct().toList();
        List<String> named = OutletCoverage.named(question, outlets);
        double namedSimilarity = named.isEmpty() ? similarity : 0;
        for (Passage p : read) {
            if (!Double.isNaN(p.similarity()) && p.article().source() != null
                    && named.contains(p.article().source().toLowerCase(java.util.Locale.ROOT))) {
                namedSimilarity = Math.max(namedSimilarity, p.similarity());
            }
        }
        double runnerUp = ranked.size() < 2 || best.score() <= 0 ? 0 : ranked.get(1).score() / best.score();
        double[] d = deep ? deep(question, scorer, best, pick, picks, analyzer) : new double[DEEP.size()];
        if (!deep) {
            Arrays.fill(d, Double.NaN);
        }
        return new AnswerSignals(best.coverage(), best.contextCoverage(), d[0], d[1], d[2], d[3], d[4], d[5], d[6],
                similarity, retrieval, Math.min(1, runnerUp),
                analysis.typed() ? 1 : 0, strict ? 1 : 0, picks.isEmpty() ? 0 : 1,
                pick == null || best.score() <= 0 ? 0 : Math.min(1, pick.score() / best.score()),
                scorer.unitCount(), d[7], d[8], named.isEmpty() ? 0 : 1, namedSimilarity,
                CitedOutlets.foreign(question, outlets) ? 1 : 0);
    }

    /** The {@link #DEEP} signals, in declaration order. */
    private static double[] deep(String question, SentenceScorer scorer, ScoredSentence best, ScoredSentence pick,
                                 List<DirectAnswers.Pick> picks, Function<String, List<String>> analyzer) {
        Article article = best.article();
        Set<String> articleTerms = scorer.terms(article.title() + "\n" + article.body());
        Set<String> names = new AskedNames(question).words();
        Set<String> sentenceWords = DirectAnswers.words(best.sentence() + " " + article.title());
        Set<String> articleWords = DirectAnswers.words(article.title() + " " + article.body());
        List<Set<String>> focus = SentenceScorer.focusWords(DirectAnswers.beforeApposition(question)).stream()
                .map(w -> Set.copyOf(analyzer.apply(w))).filter(t -> !t.isEmpty()).toList();
        double closeness = 0;
        double focusCloseness = 0;
        if (pick != null && !picks.get(0).spans().isEmpty()) {
            Set<String> keys = new HashSet<>(DirectAnswers.words(question));
            keys.removeAll(DirectAnswers.STOP);
            Set<String> focusWords = SentenceScorer.focusWords(DirectAnswers.beforeApposition(question));
            AnswerSpan span = picks.get(0).spans().get(0);
            boolean future = Tense.future(question);
            closeness = Closeness.of(pick.sentence(), span, keys, focusWords, future);
            focusCloseness = Closeness.of(pick.sentence(), span, Set.of(), focusWords, future);
        }
        return new double[] {scorer.coverage(articleTerms), share(names, sentenceWords), share(names, articleWords),
                figures(question, article.body()), focusShare(focus, best.terms()), focusShare(focus, articleTerms),
                pick == null ? 0 : focusShare(focus, pick.terms()), closeness, focusCloseness};
    }

    private static double share(Set<String> wanted, Set<String> found) {
        if (wanted.isEmpty()) {
            return 1;
        }
        return (double) wanted.stream().filter(found::contains).count() / wanted.size();
    }

    private static double focusShare(List<Set<String>> focus, Set<String> terms) {
        if (focus.isEmpty()) {
            return 1;
        }
        return (double) focus.stream().filter(f -> f.stream().anyMatch(terms::contains)).count() / focus.size();
    }

    /** Share of the question's figures ("2023", "5-1", "$65 million") found verbatim in the text. */
    private static double figures(String question, String text) {
        Set<String> wanted = new HashSet<>();
        Matcher m = FIGURE.matcher(question);
        while (m.find()) {
            wanted.add(m.group());
        }
        if (wanted.isEmpty()) {
            return 1;
        }
        return (double) wanted.stream().filter(text::contains).count() / wanted.size();
    }
}
