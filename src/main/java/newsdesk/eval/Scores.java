package newsdesk.eval;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Aggregate scores over a group of query outcomes. A metric is {@code null} when no query in the group qualifies
 * for it. {@code scored} counts the queries with gold facts (the denominator of Hits@k and MRR@10),
 * {@code withEvidence} those with evidence articles (the denominator of evidence-article recall).
 *
 * @param answers {@code null} when the contender does not answer questions
 */
public record Scores(
        int queries,
        int scored,
        Double hits4,
        Double hits10,
        Double mrr10,
        int withEvidence,
        Double recall4,
        Double recall10,
        AnswerScores answers) {

    /**
     * Answer metrics of a group: share of answerable queries with gold answers whose answer contains one
     * ({@code containsGold}; an abstention counts as not containing it), share of all cited sentences that are
     * verbatim in their article, share of should-abstain queries abstained on, and share of answerable queries
     * abstained on.
     */
    public record AnswerScores(
            int answered,
            Double containsGold,
            int citedSentences,
            Double verbatim,
            Double abstention,
            Double falseAbstention) {
    }

    public static Scores of(Collection<QueryOutcome> outcomes) {
        List<QueryOutcome> scored = outcomes.stream().filter(o -> o.firstHitRank() != null).toList();
        List<QueryOutcome> evidenced = outcomes.stream().filter(o -> o.recall10() != null).toList();
        Double hits4 = mean(scored, o -> RetrievalMetrics.hitAt(o.firstHitRank(), 4) ? 1 : 0);
        Double hits10 = mean(scored, o -> RetrievalMetrics.hitAt(o.firstHitRank(), 10) ? 1 : 0);
        Double mrr = mean(scored, o -> RetrievalMetrics.reciprocalRank(o.firstHitRank(), RetrievalMetrics.MRR_CUTOFF));
        return new Scores(outcomes.size(), scored.size(), hits4, hits10, mrr, evidenced.size(),
                mean(evidenced, QueryOutcome::recall4), mean(evidenced, QueryOutcome::recall10), answerScores(outcomes));
    }

    private static AnswerScores answerScores(Collection<QueryOutcome> outcomes) {
        List<QueryOutcome> answered = outcomes.stream().filter(o -> o.answer() != null).toList();
        if (answered.isEmpty()) {
            return null;
        }
        Predicate<QueryOutcome> shouldAbstain = o -> o.query().shouldAbstain();
        List<QueryOutcome> nulls = answered.stream().filter(shouldAbstain).toList();
        List<QueryOutcome> answerable = answered.stream().filter(shouldAbstain.negate()).toList();
        List<QueryOutcome> withGold = answerable.stream().filter(o -> !o.query().answers().isEmpty()).toList();
        int cited = answered.stream().mapToInt(o -> o.answer().citedSentences()).sum();
        int verbatim = answered.stream().mapToInt(o -> o.answer().verbatimSentences()).sum();
        return new AnswerScores(answered.size(),
                mean(withGold, o -> o.answer().containsGold() ? 1 : 0),
                cited,
                cited == 0 ? null : (double) verbatim / cited,
                mean(nulls, o -> o.answer().abstained() ? 1 : 0),
                mean(answerable, o -> o.answer().abstained() ? 1 : 0));
    }

    private static Double mean(List<QueryOutcome> group, ToDoubleFunction<QueryOutcome> value) {
        return group.isEmpty() ? null : group.stream().mapToDouble(value).average().orElseThrow();
    }
}
